// One line under the header that says where Qadam stands on this phone: saving itself on the
// first visit (with real progress: precache entries from the worker, plus this language's
// pack), ready without internet, offline, or what is missing. It replaces the header badge
// and the old line at the bottom of the page, and its height is reserved from the first
// render, so a change of state never pushes the page down.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { connectivity } from '../data/connectivity';
import { useObservable } from '../data/observable';
import { packStates } from '../data/packs';
import { LANG_NAMES, type Lang } from '../shared/langs.js';
import { Icon } from '../ui/Icon';
import { precacheProgress, swReady } from './sw-bridge';

export type AppStatus = 'checking' | 'saving' | 'ready' | 'offline' | 'notSaved' | 'packMissing' | 'packFailed';

export function appStatus(s: { sw: boolean; pack: string | undefined; conn: string }): AppStatus {
  const offline = s.conn === 'offline';
  if (s.pack === 'missing' || (s.pack === 'failed' && offline)) return 'packMissing';
  if (s.pack === 'failed') return 'packFailed';
  if (s.sw && s.pack === 'installed') return offline ? 'offline' : 'ready';
  if (offline) return s.sw ? 'offline' : 'notSaved';
  // Shell saved, pack not yet looked up (a moment on every start): nothing to say yet.
  if (s.sw && s.pack !== 'downloading') return 'checking';
  return 'saving';
}

const ICONS = { checking: 'check', saving: 'download', ready: 'check', offline: 'cloudOff', notSaved: 'cloudOff', packMissing: 'cloudOff', packFailed: 'cloudOff' } as const;

export function StatusLine({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  // Client-only state appears after the first effect: the first render is the same everywhere.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const sw = useObservable(swReady);
  const pack = useObservable(packStates)[lang];
  const conn = useObservable(connectivity);
  const progress = useObservable(precacheProgress);
  const status = appStatus({ sw, pack, conn });
  // "Saved" is said with weight once, right after this visit saved Qadam, until the next page.
  const [sawSaving, setSawSaving] = useState(false);
  const [path] = useLocation();
  const [savedOn, setSavedOn] = useState<string | null>(null);
  useEffect(() => {
    if (status === 'saving') setSawSaving(true);
    else if (sawSaving && status === 'ready') {
      setSawSaving(false);
      setSavedOn(path);
    }
  }, [status, sawSaving, path]);
  const justSaved = savedOn === path && status === 'ready';

  if (!mounted || status === 'checking') return <p className="ready-line" aria-hidden="true" />;
  const steps = progress ? progress.total + 1 : 0; // + this language's pack
  const done = progress ? Math.min(progress.done, progress.total) + (pack === 'installed' ? 1 : 0) : 0;
  const text = {
    checking: '',
    saving: t('status.saving'),
    ready: justSaved ? t('status.saved') : t('status.ready'),
    offline: t('status.offline'),
    notSaved: t('status.needsNetwork'),
    packMissing: t('status.packMissing', { lang: LANG_NAMES[lang] }),
    packFailed: t('pack.failed'),
  }[status];
  return (
    <p
      className={`ready-line is-${status}${justSaved ? ' is-just-saved' : ''}`}
      role="status"
      data-status={status}
      data-connectivity={conn}
    >
      <Icon name={ICONS[status]} size={18} />
      <span className="ready-text">
        {text}
        {status === 'saving' && steps > 0 && <span className="ready-count"> {`${done}/${steps}`}</span>}
      </span>
      {status === 'saving' && (
        <progress className="ready-bar" aria-label={t('status.saving')} max={steps || undefined} value={steps ? done : undefined} />
      )}
    </p>
  );
}
