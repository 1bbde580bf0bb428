// What is still on this phone: "Waiting to send: N", each unsent item with Delete, and
// the ones the server refused, with its reason (they are never resent).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type OutboxRecord } from '../../data/db';
import { remove } from '../../data/outbox/queue';
import { reportError } from '../../data/errors';
import { Icon } from '../../app/Icon';
import './feedback.css';

function when(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 16).replace('T', ' ');
  }
}

function Item({ record }: { record: OutboxRecord }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { item } = record;
  const comment = typeof item.comment === 'string' ? item.comment : '';
  const details = [
    item.rating === 'up' ? t('feedback.yes') : item.rating === 'down' ? t('feedback.no') : '',
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
        <Icon name="trash" /> {t('feedback.delete')}
      </button>
    </li>
  );
}

export function OutboxStatus() {
  const { t } = useTranslation();
  const headingId = useId();
  const records = useLiveQuery(() => db.outbox.orderBy('createdAt').toArray(), []);
  const waiting = records?.filter((r) => r.state === 'pending').length ?? 0;
  const failed = records?.filter((r) => r.state === 'failed').length ?? 0;
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
    </section>
  );
}
