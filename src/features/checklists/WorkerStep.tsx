// Outreach mode: one step in the worker's language, beside the same step in the family's,
// so both can point at the same thing. Ticks and notes stay on the family's side only.
import type { ChecklistStep } from '../../data/db';
import type { Lang } from '../../shared/langs.js';

export function WorkerStep({ lang, step }: { lang: Lang; step: ChecklistStep }) {
  return (
    <div className="side-by-side cl-step-other" lang={lang} data-testid="worker-step">
      <h3>{step.title}</h3>
      <p>{step.do}</p>
      {step.documents.length > 0 && (
        <ul className="cl-docs">
          {step.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
