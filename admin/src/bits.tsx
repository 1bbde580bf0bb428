// Small layout pieces used across the page.
import { useId, type ReactNode } from 'react';

/** A label above its control, tied by id (not by wrapping: the label's name is then only its words). */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/**
 * A table that may be wider than a phone scrolls sideways; it can take the focus so keyboard
 * users can scroll it too, and is named after its table.
 */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
