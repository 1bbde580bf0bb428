// /{lang}/map and /{lang}/map/{pointId}: places that help. Tapping "Map" shows a map first, on
// every screen (Leaflet, loaded with it), with the filters, "near me" and the list of places
// below it: the list is always in the page as text (no JavaScript needed to read it), and
// ?view=list shows the list alone (light, for a slow phone). Category filter ?category=a,b
// (checklist steps link to it), "open now" and "near me". The view never depends on the
// screen's width: the first render is the same everywhere, CSS does the rest.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { PointRecord } from '../../data/db';
import type { Lang } from '../../shared/langs.js';
import { PackGate } from '../../ui/PackGate';
import { useObservable } from '../../data/observable';
import { packStates } from '../../data/packs';
import { categoryRank, comparePlaces, parseCategories, parseView, withParams, type View } from './filters';
import { sortByDistance } from './geo';
import { MapView } from './MapView';
import { PlaceCard } from './parts';
import { PointDetails } from './PointDetails';
import { MapLegend, TilesToggle, useTiles } from './controls';
import { useNearMe, useOpenStates, usePoints } from './usePlaces';

function Places({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const search = useSearch();
  const [path, navigate] = useLocation();
  const all = usePoints(lang);
  const open = useOpenStates(all);
  const near = useNearMe();
  const tiles = useTiles();
  const [openOnly, setOpenOnly] = useState(false);
  const [group, setGroup] = useState<string[] | null>(null);
  const groupHeading = useRef<HTMLHeadingElement>(null);

  const selected = useMemo(() => parseCategories(search), [search]);
  const view: View = parseView(search) ?? 'map';
  const setParams = (changes: Parameters<typeof withParams>[1]) => {
    setGroup(null);
    navigate(path + withParams(search, changes), { replace: true });
  };
  const toggleCategory = (c: string) =>
    setParams({
      categories: (selected.includes(c) ? selected.filter((x) => x !== c) : [...selected, c]).sort((a, b) => categoryRank(a) - categoryRank(b)),
    });

  const points = useMemo(() => all ?? [], [all]);
  const anyHours = points.some((p) => p.hours);
  // Chips: every kind that has a place, plus any the link asked for (so it can be switched off).
  const chips = [...new Set([...points.map((p) => p.category), ...selected])].sort((a, b) => categoryRank(a) - categoryRank(b));

  const shown = useMemo(() => {
    const list = points.filter(
      (p) => (!selected.length || selected.includes(p.category)) && (!openOnly || open[p.id] === 'open'),
    );
    if (near.position) return sortByDistance(list, near.position);
    return list
      .sort(comparePlaces)
      .map((item) => ({ item, km: undefined as number | undefined }));
  }, [points, selected, openOnly, open, near.position]);
  const shownPoints = useMemo(() => shown.map((s) => s.item), [shown]);
  const byId = new Map(points.map((p) => [p.id, p]));

  const showGroup = (ids: string[]) => {
    setGroup(ids);
    requestAnimationFrame(() => groupHeading.current?.focus());
  };

  return (
    <div className="places" data-page="map" data-view={view}>
      <h1 tabIndex={-1}>{t('map.title')}</h1>
      <PackGate lang={lang}>
        {view === 'map' && (
          <>
            <MapView
              key={lang}
              points={all && shownPoints}
              user={near.position}
              tiles={tiles.shown}
              onSelect={(id) => navigate(`/${lang}/map/${id}`)}
              onSelectGroup={showGroup}
            />
            {group && (
              <section aria-labelledby="place-group" className="place-group">
                <h2 id="place-group" ref={groupHeading} tabIndex={-1}>
                  {t('map.groupTitle', { n: group.length })}
                </h2>
                <ul className="card-list">
                  {group
                    .map((id) => byId.get(id))
                    .filter((p): p is PointRecord => !!p)
                    .map((p) => (
                      <li key={p.id}>
                        <PlaceCard lang={lang} point={p} state={open[p.id]} />
                      </li>
                    ))}
                </ul>
              </section>
            )}
          </>
        )}

        <div className="map-tools">
          <button type="button" onClick={near.locate} disabled={near.status === 'locating'} data-testid="near-me">
            {t('map.nearMe')}
          </button>
          <div className="map-views" role="group" aria-label={t('map.viewLabel')}>
            {(['map', 'list'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setParams({ view: v })} data-view={v}>
                {t(`map.${v}`)}
              </button>
            ))}
          </div>
        </div>
        <p className="map-hint">{t('map.nearMeHint')}</p>
        {near.status !== 'idle' && near.status !== 'ok' && (
          <p role="status" className={near.status === 'locating' ? 'map-hint' : 'notice'}>
            {t(
              {
                locating: 'map.locating',
                denied: 'map.locationDenied',
                unavailable: 'map.locationUnavailable',
                unsupported: 'map.locationUnsupported',
              }[near.status],
            )}
          </p>
        )}
        {view === 'map' && <MapLegend categories={chips} />}

        <fieldset className="map-chips">
          <legend>{t('map.filterLabel')}</legend>
          <button type="button" className="map-chip" aria-pressed={!selected.length} onClick={() => setParams({ categories: [] })}>
            <span>{t('map.all')}</span>
          </button>
          {chips.map((c) => (
            <button key={c} type="button" className="map-chip" aria-pressed={selected.includes(c)} onClick={() => toggleCategory(c)} data-category={c}>
              <span className={`cat-dot cat-${c}`} aria-hidden="true" />
              <span>{t(`map.categories.${c}`)}</span>
            </button>
          ))}
          {anyHours && (
            <label className="map-check">
              <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
              <span>{t('map.openNowOnly')}</span>
            </label>
          )}
        </fieldset>

        <h2 id="places-list" className="places-heading">
          {t('map.toList')}
        </h2>
        <p role="status" className="places-count" data-testid="places-count">
          {t('map.count', { n: shown.length })}
          {near.position && ` ${t('map.sortedByDistance')}`}
        </p>

        {all !== undefined && !shown.length && (
          <div className="notice" data-testid="places-empty">
            <p>{t('map.empty')}</p>
            <p>
              <Link href={`/${lang}/help`}>{t('map.emptyHelp')}</Link>
            </p>
            {(selected.length > 0 || openOnly) && (
              <button
                type="button"
                onClick={() => {
                  setOpenOnly(false);
                  setParams({ categories: [] });
                }}
              >
                {t('map.showAll')}
              </button>
            )}
          </div>
        )}

        <ul className="card-list place-list" data-testid="place-list" aria-labelledby="places-list">
          {shown.map(({ item, km }) => (
            <li key={item.id}>
              <PlaceCard lang={lang} point={item} state={open[item.id]} km={km} />
            </li>
          ))}
        </ul>
        <p className="map-intro">{t('map.intro')}</p>
        {view === 'map' && <TilesToggle tiles={tiles} />}
      </PackGate>
    </div>
  );
}

export function MapPage({ lang, id }: { lang: Lang; id?: string }) {
  const { t } = useTranslation();
  const state = useObservable(packStates)[lang];
  if (!id) return <Places lang={lang} />;
  if (state !== 'installed') return <PackGate lang={lang} heading={t('map.title')}>{null}</PackGate>;
  return <PointDetails lang={lang} id={id} />;
}
