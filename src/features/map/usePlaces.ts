// Data hooks of the map feature: the points of a language, their "open now" state, and the
// family's position on request. The position lives in React state only: never stored, never sent.
import { useCallback, useEffect, useState } from 'react';
import type { PointRecord } from '../../data/db';
import { reads } from '../../data/content';
import { useContent } from '../../data/useContent';
import type { Lang } from '../../shared/langs.js';
import type { LatLon } from './geo';
import type { OpenState } from './hours';

/** undefined while reading. */
export function usePoints(lang: Lang): PointRecord[] | undefined {
  return useContent(reads.points(lang));
}

/**
 * "Open now" per point id, refreshed every minute. The hours module (with the opening_hours
 * library) is loaded only if some point has hours; points without hours get no entry.
 */
export function useOpenStates(points: readonly PointRecord[] | undefined): Record<string, OpenState> {
  const [states, setStates] = useState<Record<string, OpenState>>({});
  // What the effect depends on, as a value: a new array of the same points must not restart it.
  const key = JSON.stringify((points ?? []).filter((p) => p.hours).map((p) => [p.id, p.hours]));
  useEffect(() => {
    const withHours = JSON.parse(key) as [id: string, hours: string][];
    if (!withHours.length) {
      setStates({});
      return;
    }
    let alive = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    import('./hours')
      .then(({ isOpen }) => {
        const update = () => {
          const now = new Date();
          if (alive) setStates(Object.fromEntries(withHours.map(([id, hours]) => [id, isOpen(hours, now)])));
        };
        update();
        timer = setInterval(update, 60_000);
      })
      .catch(() => undefined); // not on this phone yet and no connection: states stay "unknown"
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [key]);
  return states;
}

export type LocateStatus = 'idle' | 'locating' | 'ok' | 'denied' | 'unavailable' | 'unsupported';

/** Asks for the position only when `locate` is called (a tap on "Near me"). GPS works offline. */
export function useNearMe() {
  const [position, setPosition] = useState<LatLon | null>(null);
  const [status, setStatus] = useState<LocateStatus>('idle');
  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      setStatus('unsupported');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ lat: p.coords.latitude, lon: p.coords.longitude });
        setStatus('ok');
      },
      (e) => setStatus(e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 5 * 60_000 },
    );
  }, []);
  return { position, status, locate };
}
