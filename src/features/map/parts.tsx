// Small pieces shared by the list, the group list and the details page.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PointRecord } from '../../data/db';
import type { Lang } from '../../shared/langs.js';
import { formatDistance } from './geo';
import type { OpenState } from './hours';

export function CategoryDot({ category }: { category: string }) {
  return <span className={`cat-dot cat-${category}`} aria-hidden="true" />;
}

/** Open now / closed now / unclear, or "not yet verified" when no source gives hours. */
export function HoursStatus({ point, state }: { point: PointRecord; state?: OpenState }) {
  const { t } = useTranslation();
  if (!point.hours) return <span className="place-hours">{t('map.hoursNotVerified')}</span>;
  if (state === 'open') return <span className="place-hours is-open">{t('map.openNow')}</span>;
  if (state === 'closed') return <span className="place-hours is-closed">{t('map.closedNow')}</span>;
  return <span className="place-hours">{t('map.hoursUnknown')}</span>;
}

export function Distance({ km, lang }: { km: number; lang: Lang }) {
  const { t } = useTranslation();
  const d = formatDistance(km, lang);
  return <span className="place-distance">{t(d.unit === 'm' ? 'map.distanceM' : 'map.distanceKm', { value: d.value })}</span>;
}

export function PlaceCard({ lang, point, state, km }: { lang: Lang; point: PointRecord; state?: OpenState; km?: number }) {
  const { t } = useTranslation();
  return (
    <Link href={`/${lang}/map/${point.id}`} className="card place-card" data-point={point.id}>
      <span className="card-title">{point.name}</span>
      <span className="place-meta">
        <CategoryDot category={point.category} />
        <span>
          {t(`map.categories.${point.category}`)} · {point.city}
        </span>
      </span>
      {km !== undefined && <Distance km={km} lang={lang} />}
      {point.hours && <HoursStatus point={point} state={state} />}
    </Link>
  );
}
