// One place: /{lang}/map/{pointId}. Everything the family needs to decide whether to go and
// how: what it does, where (and how exact that is), phones, hours, languages, the source, a
// hand-off to a navigation app, and a way to report that something is wrong.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { reads } from '../../data/content';
import { useContent } from '../../data/useContent';
import { LANG_NAMES, isLang, type Lang } from '../../shared/langs.js';
import { NotFound } from '../../ui/NotFound';
import { SourcesDisclosure } from '../../ui/SourceLine';
import { formatDate } from '../../ui/format';
import { helpNumbers } from '../../i18n';
import { ReportProblem } from '../feedback';
import { ShowQr, mecard, geoUri, shareUrl, type ExtraCode } from '../share';
import { geoHref } from '../../shared/geo-uri.js';
import type { PointRecord, Source } from '../../data/db';
import { MapView } from './MapView';
import { CategoryDot, HoursStatus } from './parts';
import { MapLegend, useTiles } from './controls';
import { useOpenStates } from './usePlaces';

/**
 * Codes any phone camera reads with no app and no data: a contact card (phones only where a
 * source gives them; the card says when none is verified) and the location for a maps app.
 */
function placeCodes(point: PointRecord, lang: Lang, t: (key: string) => string): ExtraCode[] {
  const contact = mecard(point.name, point.phones.map((p) => p.tel), {
    address: point.address ?? point.city,
    url: shareUrl(`/${lang}/map/${point.id}`),
  });
  const contactLabel = point.phones.length ? t('share.contactQr') : `${t('share.contactQr')}. ${t('map.phoneNotVerified')}`;
  return [
    { text: contact, label: contactLabel },
    { text: geoUri(point.lat, point.lon), label: t('share.placeQr') },
  ];
}

/** The day a source for this place was last seen: the newest `accessed` of its sources. */
export function checkedOn(sources: Source[], verified: string): string {
  const seen = sources.map((s) => s.accessed).filter((d): d is string => !!d);
  return seen.sort().at(-1) ?? verified;
}

/** No phone, no address, no hours from any source: said once, with where to turn instead. */
function NoContact({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const egov = helpNumbers(lang).find((n) => n.tel === '1414');
  return (
    <div className="notice no-contact" role="note" data-testid="no-contact">
      <p>{t('map.noContact')}</p>
      <p>
        <Link href={`/${lang}/rights/free-legal-aid`}>{t('map.noContactLegalAid')}</Link>
      </p>
      {egov && (
        <p className="no-contact-call">
          <span>{t('map.noContactCall')}</span>{' '}
          <a className="button" href={`tel:${egov.tel}`} aria-describedby="no-contact-egov">
            {egov.number}
          </a>{' '}
          <span id="no-contact-egov">{egov.label}</span>
        </p>
      )}
    </div>
  );
}

export function PointDetails({ lang, id }: { lang: Lang; id: string }) {
  const { t } = useTranslation();
  const tiles = useTiles();
  // undefined = still reading; null = no such place in this language's pack.
  const point = useContent(reads.point(lang, id));
  const open = useOpenStates(point ? [point] : []);
  if (point === undefined) return null;
  if (point === null) return <NotFound lang={lang} />;
  const approx = point.precision !== 'exact';
  // Nothing to call, no address and no hours: one plain notice instead of a "not yet verified" per line.
  const noContact = !point.phones.length && !point.messengers.length && !point.address && !point.hours;
  // A pack built before points had a sources list has one "source"; old content stays readable
  // when a new pack cannot be downloaded (src/data/packs.ts), so accept both.
  const legacy = (point as { source?: Source }).source;
  const sources: Source[] = point.sources ?? (legacy ? [legacy] : []);
  // The sources' own dates: a 2016 page read in 2026 is still a 2016 page.
  const dates = [...new Set(sources.map((s) => s.date))].join(', ');
  return (
    <article className="place" data-point={point.id}>
      <p className="crumb">
        <Link href={`/${lang}/map`}>{t('map.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{point.name}</h1>
      <p className="place-meta">
        <CategoryDot category={point.category} />
        <span>{t(`map.categories.${point.category}`)}</span>
      </p>
      {noContact && <NoContact lang={lang} />}
      <p>{point.description}</p>
      <ShowQr path={`/${lang}/map/${point.id}`} title={point.name} extra={placeCodes(point, lang, t)} />

      <dl className="place-facts">
        <dt>{t('map.where')}</dt>
        <dd>
          {point.address ?? point.city}
          {approx && !noContact && (
            <span className="unverified-inline" data-testid="address-unverified">
              {t('map.addressNotVerified')}
            </span>
          )}
        </dd>
        {!noContact && (
          <>
            <dt>{t('map.phone')}</dt>
            <dd>
              {point.phones.length ? (
                <span className="phone-list">
                  {point.phones.map((ph) => (
                    <a key={ph.tel} href={`tel:${ph.tel}`} className="button">
                      {ph.number}
                    </a>
                  ))}
                </span>
              ) : (
                <span data-testid="phone-unverified">{t('map.phoneNotVerified')}</span>
              )}
            </dd>
          </>
        )}
        {point.messengers.length > 0 && (
          <>
            <dt>{t('map.messengers')}</dt>
            <dd>
              {point.messengers.map((m) => (
                <a key={m.url} href={m.url} target="_blank" rel="noopener noreferrer" className="button">
                  {m.kind === 'whatsapp' ? 'WhatsApp' : 'Telegram'}
                </a>
              ))}
            </dd>
          </>
        )}
        {!noContact && (
          <>
            <dt>{t('map.hours')}</dt>
            <dd>
              {point.hours && (
                <>
                  <code className="hours-raw">{point.hours}</code>{' '}
                </>
              )}
              <HoursStatus point={point} state={open[point.id]} />
            </dd>
          </>
        )}
        {point.languages.length > 0 && (
          <>
            <dt>{t('map.languages')}</dt>
            <dd>{point.languages.map((l) => (isLang(l) ? LANG_NAMES[l] : l)).join(', ')}</dd>
          </>
        )}
      </dl>

      {point.services.length > 0 && (
        <>
          <h2>{t('map.services')}</h2>
          <ul className="plain-list">
            {point.services.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {point.intake && (
        <>
          <h2>{t('map.intake')}</h2>
          <p>{point.intake}</p>
        </>
      )}

      <p className="map-navigate">
        <a className="button primary" href={geoHref(point.lat, point.lon, point.name)} data-testid="navigate">
          {t('map.navigate')}
        </a>
        <span className="map-hint">{t('map.navigateHint')}</span>
      </p>

      <MapView key={lang} points={[point]} tiles={tiles.shown} single onSelect={() => undefined} className="is-small" />
      <MapLegend categories={[point.category]} />

      <footer className="article-meta">
        <p data-testid="source-dated">{t('map.sourceDated', { dates })}</p>
        <p>{t('map.verified', { date: formatDate(checkedOn(sources, point.verified), lang) })}</p>
        <SourcesDisclosure sources={sources} />
      </footer>

      <ReportProblem pointId={point.id} />
    </article>
  );
}
