// What is still on this phone: "Waiting to send: N", each unsent item with Delete, and
// the ones the server refused, with its reason (they are never resent).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type OutboxRecord } from '../../data/db';
import { remove } from '../../data/outbox/queue';
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

function Item({ record }: { record: OutboxRecord }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { item } = record;
  const comment = typeof item.comment === 'string' ? item.comment : '';
  const details = [
    item.rating === 'up' ? t('feedback.up') : item.rating === 'down' ? t('feedback.down') : '',
    typeof item.reason === 'string' ? t(`feedback.reasons.${item.reason}`) : '',
  ].filter(Boolean);
  return (
    <li data-state={record.state} data-id={record.id}>
      <p className="fb-item-title" id={titleId}>
        {t(`feedback.kinds.${String(item.kind)}`)}
        {details.length > 0 && `: ${details.join(', ')}`}
      </p>
      {comment && <p className="fb-item-comment">{comment.length > 120 ? `${comment.slice(0, 120)}…` : comment}</p>}
      <p className="fb-item-date">{when(record.createdAt, i18n.language)}</p>
      {record.state === 'failed' && <p className="fb-item-error">{t('feedback.failedReason', { reason: record.error ?? '' })}</p>}
      <button type="button" className="danger" aria-describedby={titleId} onClick={() => void remove(record.id).catch(reportError)}>
        <Icon name="trash" /> <span>{t('feedback.delete')}</span>
      </button>
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
            <Item key={r.id} record={r} />
          ))}
        </ul>
      )}
      {more > 0 && <p>{t('feedback.more', { n: more })}</p>}
    </section>
  );
}
