// Listen, print and share for one article. Each control appears only where the device can
// do it: no voice for the language → no Listen button; no share sheet → no Share button.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../../ui/Icon';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/langs.js';
import { useHydrated } from '../../ui/useHydrated';

function voiceFor(lang: Lang): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
}

function useVoice(lang: Lang) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>();
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setVoice(voiceFor(lang));
    update();
    speechSynthesis.addEventListener('voiceschanged', update); // voices load asynchronously
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, [lang]);
  return voice;
}

/** Chrome stops long utterances after ~15 s, so speak sentence by sentence. */
function sentences(text: string): string[] {
  return text.match(/[^.!?…\n]+[.!?…]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

/** `children`: more actions for the same row (the page's Show QR), so all sit alike on one line. */
export function ReadingTools({ lang, title, getText, children }: { lang: Lang; title: string; getText: () => string; children?: ReactNode }) {
  const { t } = useTranslation();
  const voice = useVoice(lang);
  const [speaking, setSpeaking] = useState(false);
  const stopped = useRef(false);
  useEffect(() => () => speechSynthesis?.cancel(), []);

  const listen = () => {
    stopped.current = false;
    speechSynthesis.cancel();
    const parts = sentences(getText());
    parts.forEach((part, i) => {
      const u = new SpeechSynthesisUtterance(part);
      u.voice = voice!;
      u.lang = voice!.lang;
      if (i === parts.length - 1) u.onend = () => setSpeaking(false);
      speechSynthesis.speak(u);
    });
    setSpeaking(true);
  };
  const stop = () => {
    stopped.current = true;
    speechSynthesis.cancel();
    setSpeaking(false);
  };
  const canShare = useHydrated() && typeof navigator.share === 'function'; // the build has no share sheet

  return (
    <div className="reading-tools" role="group" aria-label={title}>
      {voice && (
        <button type="button" onClick={speaking ? stop : listen} aria-pressed={speaking}>
          {speaking ? t('reading.stop') : t('reading.listen')}
        </button>
      )}
      <button type="button" onClick={() => window.print()}>
        <Icon name="print" /> <span>{t('reading.print')}</span>
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() => void navigator.share({ title, url: window.location.href.split('?')[0] }).catch(() => undefined)}
        >
          {t('reading.share')}
        </button>
      )}
      {children}
    </div>
  );
}
