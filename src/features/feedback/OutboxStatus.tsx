// What is still on this phone: "Waiting to send: N", each unsent item with Delete, and
// the ones the server refused, with its reason and "Try again" (never resent on their own).
// Delete waits while a request carrying the item is on its way (queue.ts remove), then says
// plainly what happened: deleted, deleted but perhaps already received, or already sent.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type OutboxRecord } from '../../data/db';
import { remove, retry, type RemoveResult } from '../../data/outbox/queue';
import { reportError } from '../../data/errors';
import { Icon } from '../../ui/Icon';
import { formatDateTime } from '../../ui/format';
import './feedback.css';

/** The list shows the oldest items only; a phone with hundreds queued gets "and N more". */
const LIST_MAX = 30;

/** When it was written, on this phone's clock, in the page's language (src/ui/format.ts). */
function when(iso: string, lang: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : formatDateTime(at, lang);
}

const REMOVE_NOTICE: Record<RemoveResult, string> = {
  deleted: 'feedback.removed',
  deletedMaybeSent: 'feedback.removedMaybeSent',
  sent: 'feedback.alreadySent',
  gone: 'feedback.deleted',
};

function Item({ record, onRemoved }: { record: OutboxRecord; onRemoved: (result: RemoveResult) => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const { item } = record;
  const comment = typeof item.comment === 'string' ? item.comment : '';
  const details = [
    item.rating === 'up' ? t('feedback.up') : item.rating === 'down' ? t('feedback.down') : '',
    typeof item.reason === 'string' ? t(`feedback.reasons.${item.reason}`) : '',
  ].filter(Boolean);
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    void work()
      .catch(reportError)
      .finally(() => setBusy(false));
  };
  return (
    <li data-state={record.state} data-id={record.id}>
      <p className="fb-item-title" id={titleId}>
        {t(`feedback.kinds.${String(item.kind)}`)}
        {details.length > 0 && `: ${details.join(', ')}`}
      </p>
      {comment && <p className="fb-item-comment">{comment.length > 120 ? `${comment.slice(0, 120)}…` : comment}</p>}
      <p className="fb-item-date">{when(record.createdAt, i18n.language)}</p>
      {record.state === 'failed' && <p className="fb-item-error">{t('feedback.failedReason', { reason: record.error ?? '' })}</p>}
      <div className="fb-item-actions">
        {record.state === 'failed' && (
          <button type="button" aria-describedby={titleId} disabled={busy} onClick={() => act(() => retry(record.id))}>
            {t('feedback.retry')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-describedby={titleId}
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => act(async () => onRemoved(await remove(record.id)))}
        >
          <Icon name="trash" /> <span>{t('feedback.delete')}</span>
        </button>
      </div>
    </li>
  );
}

export function OutboxStatus() {
  const { t } = useTranslation();
  const headingId = useId();
  // Counts through the index, and only the first items read: cheap even with 1,000 queued
  // while a sync deletes them batch by batch (every delete re-runs this query).
  const data = useLiveQuery(
    () =>
      db.transaction('r', db.outbox, async () => ({
        waiting: await db.outbox.where('state').equals('pending').count(),
        failed: await db.outbox.where('state').equals('failed').count(),
        records: await db.outbox.orderBy('createdAt').limit(LIST_MAX).toArray(),
      })),
    [],
  );
  const records = data?.records;
  const waiting = data?.waiting ?? 0;
  const failed = data?.failed ?? 0;
  const more = waiting + failed - (records?.length ?? 0);
  // What the last Delete did. The item itself has left the list by then, so it is said here.
  const [notice, setNotice] = useState<RemoveResult | null>(null);
  return (
    <section className="fb-outbox" aria-labelledby={headingId} data-testid="outbox-status" data-pending={waiting} data-failed={failed}>
      <h2 id={headingId}>{t('feedback.outboxTitle')}</h2>
      <p role="status">
        {records === undefined
          ? ''
          : waiting + failed === 0
            ? t('feedback.nothingWaiting')
            : [waiting > 0 && t('feedback.waiting', { n: waiting }), failed > 0 && t('feedback.failedCount', { n: failed })]
                .filter(Boolean)
                .join('. ')}
      </p>
      {records && records.length > 0 && (
        <ul className="fb-outbox-list">
          {records.map((r) => (
            <Item key={r.id} record={r} onRemoved={setNotice} />
          ))}
        </ul>
      )}
      {more > 0 && <p>{t('feedback.more', { n: more })}</p>}
      <p className="fb-outbox-notice" aria-live="polite" data-testid="outbox-notice" data-result={notice ?? undefined}>
        {notice && t(REMOVE_NOTICE[notice])}
      </p>
    </section>
  );
}
