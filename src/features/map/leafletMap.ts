// Everything Leaflet, in one lazily loaded module: MapView imports it only when a map is
// shown, so Leaflet, its CSS and the base layer never weigh on the home route. All of it is
// precached by the service worker, so the map draws offline.
//
// Layers, bottom to top:
//   qadam-base   (z 150)  the offline base layer: land, borders (SVG, never empty or grey)
//   qadam-labels (z 160)  place names from the base layer (hidden under online tiles)
//   tilePane     (z 200)  optional OpenStreetMap tiles, only when online and switched on
//   markerPane   (z 600)  the points and groups, keyboard-focusable
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import baseLayerJson from '../../generated/base-layer.json';
import { groupByDistance } from './cluster';
import { haversineKm, type LatLon } from './geo';
import { TILE_ATTRIBUTION, TILE_URL } from './tiles';

export interface MapPoint {
  id: string;
  name: string;
  category: string;
  lat: number;
  lon: number;
  approx: boolean; // precision "city" or "approximate": drawn hollow, the legend says so
}

export interface MapLabels {
  groupTitle: (n: number) => string;
  youAreHere: string;
  zoomIn: string;
  zoomOut: string;
}

export interface MapOptions {
  labels: MapLabels;
  /** The page's language: place and country names in it where the base layer has them. */
  lang: string;
  onSelect: (id: string) => void;
  onSelectGroup: (ids: string[]) => void;
  /** One point shown alone (the details page): no grouping, a closer view. */
  single?: boolean;
}

export interface MapController {
  setPoints(points: MapPoint[]): void;
  setUser(at: LatLon | null): void;
  setTiles(on: boolean): void;
  destroy(): void;
}

interface PlaceProps {
  kind: 'place';
  name: string; // GeoNames, Latin: shown where no source gives the name in the page's language
  names?: Record<string, string>;
  rank: 1 | 2 | 3;
}
interface CountryProps {
  kind: 'country';
  code: string;
  names: Record<string, string>;
}
type BaseProps = { kind: 'land'; kz: boolean } | { kind: 'border' } | PlaceProps | CountryProps;

interface BaseLayer {
  type: 'FeatureCollection';
  bbox: [number, number, number, number];
  features: Feature<Geometry, BaseProps>[];
}
const base = baseLayerJson as unknown as BaseLayer;
const [WEST, SOUTH, EAST, NORTH] = base.bbox;
const REGION = L.latLngBounds([SOUTH, WEST], [NORTH, EAST]);
// Kazakhstan itself, for the first view when there is nothing to fit.
const KZ_VIEW = L.latLngBounds([40.5, 46.5], [55.5, 87.3]);

const BASE_MAX_ZOOM = 10; // the base layer has ~1 km detail; beyond this there is nothing more to see
const TILES_MAX_ZOOM = 18;
const GROUP_RADIUS_PX = 40;
const LABEL_MIN_ZOOM: Record<PlaceProps['rank'], number> = { 1: 0, 2: 5, 3: 6.5 };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const LAND_STYLE = (kz: boolean): L.PathOptions => ({
  stroke: false,
  fillColor: kz ? '#f7f4ec' : '#e9e6dd',
  fillOpacity: 1,
});
const WATER = '#dce8ec';
const BORDER_STYLE: L.PathOptions = { color: '#8c9694', weight: 1.2, opacity: 1, fill: false, lineJoin: 'round' };

export function createMap(container: HTMLElement, options: MapOptions): MapController {
  const map = L.map(container, {
    minZoom: 3.5,
    maxZoom: BASE_MAX_ZOOM,
    zoomSnap: 0.5,
    maxBounds: REGION.pad(0.05),
    maxBoundsViscosity: 1,
    zoomControl: false,
    attributionControl: true,
    // Never a grey box: the container is painted a land colour by CSS, the base layer on top.
  });
  L.control.zoom({ zoomInTitle: options.labels.zoomIn, zoomOutTitle: options.labels.zoomOut }).addTo(map);
  map.attributionControl.addAttribution(
    '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>, ' +
      '<a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">GeoNames</a>',
  );

  map.createPane('qadam-base').style.zIndex = '150';
  const labelsPane = map.createPane('qadam-labels');
  labelsPane.style.zIndex = '160';
  labelsPane.setAttribute('aria-hidden', 'true'); // orientation only; the list says where places are

  const baseRenderer = L.svg({ pane: 'qadam-base', padding: 0.5 });
  // Water inside the region, land drawn on it. The region's edges all run over land, so
  // outside it the container shows a land colour (CSS) and the cut is invisible.
  L.rectangle(REGION, { renderer: baseRenderer, stroke: false, fillColor: WATER, fillOpacity: 1, interactive: false }).addTo(map);
  L.geoJSON(base as unknown as FeatureCollection, {
    pane: 'qadam-base',
    interactive: false,
    filter: (f: Feature) => ['land', 'border'].includes((f.properties as BaseProps).kind),
    style: (f?: Feature) => {
      const p = f?.properties as BaseProps;
      return p.kind === 'land' ? { ...LAND_STYLE(p.kz), renderer: baseRenderer } : { ...BORDER_STYLE, renderer: baseRenderer };
    },
  }).addTo(map);

  // Labels: country names (centred) and places by rank for the zoom, in the page's language
  // where the base layer has it. A label is drawn only where it overlaps no other label, no
  // marker and no control, and lies wholly inside the map: never half-hidden.
  type Label = { marker: L.Marker; minZoom: number; width: number; centred: boolean };
  const text = (p: PlaceProps | CountryProps) => p.names?.[options.lang] ?? (p.kind === 'place' ? p.name : p.names.en);
  const labels: Label[] = [];
  for (const f of base.features) {
    const p = f.properties as BaseProps;
    if (p.kind !== 'place' && p.kind !== 'country') continue;
    const [lon, lat] = (f.geometry as Point).coordinates;
    const name = text(p);
    const country = p.kind === 'country';
    labels.push({
      marker: L.marker([lat, lon], {
        pane: 'qadam-labels',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: country ? 'map-country' : `map-place map-place-r${p.rank}`,
          html: `<span>${escapeHtml(name)}</span>`,
          iconSize: [0, 0],
        }),
      }),
      minZoom: country ? 0 : LABEL_MIN_ZOOM[p.rank],
      width: [...name].length * (country ? 8 : 7) + 10,
      centred: country,
    });
  }
  // Countries first (the widest orientation), then places by rank, as the base layer lists them.
  labels.sort((a, b) => Number(b.centred) - Number(a.centred));
  type Box = { x1: number; y1: number; x2: number; y2: number };
  const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;
  let markerBoxes: Box[] = [];
  const labelLayer = L.layerGroup().addTo(map);
  function controlBoxes(): Box[] {
    const frame = container.getBoundingClientRect();
    return [...container.querySelectorAll('.leaflet-control')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x1: r.left - frame.left, y1: r.top - frame.top, x2: r.right - frame.left, y2: r.bottom - frame.top };
    });
  }
  function drawLabels() {
    const zoom = map.getZoom();
    const size = map.getSize();
    const taken: Box[] = [...markerBoxes, ...controlBoxes()];
    labelLayer.clearLayers();
    for (const l of labels) {
      if (zoom < l.minZoom) continue;
      const pt = map.latLngToContainerPoint(l.marker.getLatLng());
      // A place's name goes right of its dot, else left, else clear of a marker on the dot.
      const spots: [string, Box][] = l.centred
        ? [['', { x1: pt.x - l.width / 2, y1: pt.y - 9, x2: pt.x + l.width / 2, y2: pt.y + 9 }]]
        : [
            ['', { x1: pt.x - 4, y1: pt.y - 8, x2: pt.x + l.width, y2: pt.y + 10 }],
            ['at-left', { x1: pt.x - l.width, y1: pt.y - 8, x2: pt.x + 4, y2: pt.y + 10 }],
            ['at-far-right', { x1: pt.x + 20, y1: pt.y - 8, x2: pt.x + 24 + l.width, y2: pt.y + 10 }],
            ['at-far-left', { x1: pt.x - 24 - l.width, y1: pt.y - 8, x2: pt.x - 20, y2: pt.y + 10 }],
          ];
      const spot = spots.find(([, box]) => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= size.x && box.y2 <= size.y && !taken.some((b) => overlaps(box, b)));
      if (!spot) continue;
      taken.push(spot[1]);
      labelLayer.addLayer(l.marker);
      const el = l.marker.getElement();
      el?.classList.remove('at-left', 'at-far-right', 'at-far-left');
      if (spot[0]) el?.classList.add(spot[0]);
    }
  }

  // Points, grouped in screen space when they would overlap.
  let points: MapPoint[] = [];
  let fittedFor = '';
  const pointLayer = L.layerGroup().addTo(map);

  function pointIcon(p: MapPoint) {
    return L.divIcon({
      className: `map-pin cat-${p.category}${p.approx ? ' is-approx' : ''}`,
      html: `<span class="map-pin-dot" aria-hidden="true"></span><span class="visually-hidden">${escapeHtml(p.name)}</span>`,
      iconSize: [44, 44],
      iconAnchor: [22, 22],
    });
  }
  function groupIcon(n: number, title: string) {
    return L.divIcon({
      className: 'map-group',
      html: `<span class="map-group-count" aria-hidden="true">${n}</span><span class="visually-hidden">${escapeHtml(title)}</span>`,
      iconSize: [44, 44],
      iconAnchor: [22, 22],
    });
  }

  /** Markers are role=button: Enter and Space activate them like a tap (Leaflet only does clicks). */
  function onActivate(marker: L.Marker, activate: () => void) {
    return marker.on('click', activate).on('keydown', (e) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent;
      if (key.key === 'Enter' || key.key === ' ') {
        key.preventDefault();
        activate();
      }
    });
  }

  function drawPoints() {
    pointLayer.clearLayers();
    markerBoxes = [];
    const mark = (at: L.LatLng | [number, number]) => {
      const c = map.latLngToContainerPoint(at);
      markerBoxes.push({ x1: c.x - 20, y1: c.y - 20, x2: c.x + 20, y2: c.y + 20 });
    };
    const projected = points.map((p) => {
      const xy = map.latLngToLayerPoint([p.lat, p.lon]);
      return { item: p, x: xy.x, y: xy.y };
    });
    const groups = options.single ? projected.map((p) => ({ items: [p.item] })) : groupByDistance(projected, GROUP_RADIUS_PX);
    for (const g of groups) {
      if (g.items.length === 1) {
        const p = g.items[0];
        mark([p.lat, p.lon]);
        onActivate(L.marker([p.lat, p.lon], { icon: pointIcon(p), keyboard: true, title: p.name, riseOnHover: true }), () =>
          options.onSelect(p.id),
        ).addTo(pointLayer);
        continue;
      }
      const bounds = L.latLngBounds(g.items.map((p) => [p.lat, p.lon] as [number, number]));
      const title = options.labels.groupTitle(g.items.length);
      const centre = bounds.getCenter();
      mark(centre);
      onActivate(L.marker(centre, { icon: groupIcon(g.items.length, title), keyboard: true, title }), () => {
        // Zoom in while that separates the group; places in the same spot (city precision)
        // or at the deepest zoom are listed instead.
        const deepest = map.getMaxZoom();
        const span = map.project(bounds.getNorthEast(), deepest).distanceTo(map.project(bounds.getSouthWest(), deepest));
        if (span > GROUP_RADIUS_PX && map.getZoom() < deepest) map.fitBounds(bounds, { padding: [48, 48] });
        else options.onSelectGroup(g.items.map((p) => p.id));
      }).addTo(pointLayer);
    }
    container.dataset.mapReady = 'true';
  }

  function fit() {
    if (options.single && points.length === 1) {
      const p = points[0];
      map.setView([p.lat, p.lon], Math.min(map.getMaxZoom(), p.approx ? 8 : 14), { animate: false });
      return;
    }
    const bounds = points.length ? L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])) : KZ_VIEW;
    // Not animated: the view is final at once, so online tiles are fetched for it only.
    map.fitBounds(points.length > 1 ? bounds.pad(0.15) : bounds, { maxZoom: 7, padding: [24, 24], animate: false });
  }

  let user: L.CircleMarker | null = null;
  let tiles: L.TileLayer | null = null;
  let tilesWanted = false;
  let settled = false; // the first points are placed: no tiles are fetched for a passing view

  function applyTiles() {
    const on = tilesWanted && settled;
    if (on && !tiles) {
      map.setMaxZoom(TILES_MAX_ZOOM);
      // Loads only the tiles in view (no prefetch, no bulk download), as OSM's policy asks.
      // CORS mode keeps cached tiles small (opaque responses cost ~7 MB of quota each).
      tiles = L.tileLayer(TILE_URL, {
        attribution: TILE_ATTRIBUTION,
        maxZoom: TILES_MAX_ZOOM,
        crossOrigin: 'anonymous',
        referrerPolicy: 'strict-origin-when-cross-origin',
        updateWhenIdle: true,
        updateWhenZooming: false,
        keepBuffer: 1,
      }).addTo(map);
    } else if (!on && tiles) {
      tiles.remove();
      tiles = null;
      map.setMaxZoom(BASE_MAX_ZOOM); // Leaflet zooms out if needed
    }
  }

  // Markers first, so labels can keep clear of them; labels again after a pan (edges move).
  map.on('zoomend', () => {
    drawPoints();
    drawLabels();
  });
  map.on('moveend', drawLabels);
  fit();
  drawLabels();

  return {
    setPoints(next) {
      points = next;
      const key = next.map((p) => p.id).join();
      if (key !== fittedFor) {
        fittedFor = key;
        fit(); // may fire zoomend, which redraws
      }
      drawPoints();
      drawLabels();
      settled = true;
      applyTiles();
    },
    setUser(at) {
      user?.remove();
      user = null;
      if (!at) return;
      user = L.circleMarker([at.lat, at.lon], {
        radius: 8,
        color: '#ffffff',
        weight: 3,
        fillColor: '#2f6fb0',
        fillOpacity: 1,
      }).addTo(map);
      user.bindTooltip(options.labels.youAreHere); // shown on tap or hover
      // Show the family and the nearest place together.
      const nearest = [...points].sort((a, b) => haversineKm(at, a) - haversineKm(at, b))[0];
      const bounds = L.latLngBounds([[at.lat, at.lon]]);
      if (nearest) bounds.extend([nearest.lat, nearest.lon]);
      map.fitBounds(bounds.pad(0.2), { maxZoom: 9, padding: [32, 32] });
    },
    setTiles(on) {
      tilesWanted = on;
      applyTiles();
    },
    destroy() {
      map.remove();
      delete container.dataset.mapReady;
    },
  };
}
