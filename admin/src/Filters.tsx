// Period and time zone. Presets count whole days back from today in the chosen zone.
import type { Dispatch, SetStateAction } from 'react';
import { Field } from './bits';
import { useUi } from './ui';
import { zoneLabel } from './format';
import { zoneChoices, type Period, type Preset } from './range';

const PRESETS: Preset[] = ['7', '30', 'all', 'custom'];

type Props = {
  period: Period;
  setPeriod: Dispatch<SetStateAction<Period>>;
  resolved: { from: string; to: string };
  setTz: (tz: string) => void;
};

export function Filters({ period, setPeriod, resolved, setTz }: Props) {
  const { t, tz, lang } = useUi();
  const label: Record<Preset, string> = { '7': t.last7, '30': t.last30, all: t.all, custom: t.custom };
  const choose = (preset: Preset) =>
    // A custom period starts from the dates on screen, so switching to it changes nothing yet.
    setPeriod((p) => (preset === 'custom' ? { preset, from: resolved.from, to: resolved.to } : { ...p, preset }));

  return (
    <div className="filters card">
      <fieldset className="period">
        <legend>{t.period}</legend>
        {PRESETS.map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="period" value={p} checked={period.preset === p} onChange={() => choose(p)} />
            {label[p]}
          </label>
        ))}
      </fieldset>
      {period.preset === 'custom' && (
        <div className="dates">
          <Field label={t.from}>
            {(id) => <input id={id} type="date" value={period.from} max={period.to || undefined} required onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))} />}
          </Field>
          <Field label={t.to}>
            {(id) => <input id={id} type="date" value={period.to} min={period.from || undefined} required onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))} />}
          </Field>
        </div>
      )}
      <Field label={t.timeZone}>
        {(id) => (
          <select id={id} value={tz} onChange={(e) => setTz(e.target.value)}>
            {zoneChoices().map((z) => (
              <option key={z} value={z}>
                {zoneLabel(z, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
