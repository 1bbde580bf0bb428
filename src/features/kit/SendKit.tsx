// "Send Qadam to a phone without internet": the button is all that loads with the page. The
// dialog, the renderer and the QR library load when it is tapped; all are precached, so this
// works with no network on a phone that is ready offline.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/langs.js';
import { Icon } from '../../ui/Icon';

const KitDialog = lazy(() => import('./KitDialog').then((m) => ({ default: m.KitDialog })));

export function SendKit({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="send-kit" data-testid="send-kit" onClick={() => setOpen(true)}>
        <Icon name="download" /> {t('kit.send')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <KitDialog lang={lang} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
