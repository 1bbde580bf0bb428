// Text size for outreach workers showing the screen to a family. Kept in localStorage so it
// applies before the first paint (IndexedDB is async, and Dexie loads lazily). rem-based
// styles scale with it; the phone's own text-size setting still applies on top.
export const TEXT_SIZES = { normal: 100, large: 125, larger: 150, largest: 200 } as const;
export type TextSize = keyof typeof TEXT_SIZES;
const KEY = 'qadam.textSize';

export function currentTextSize(): TextSize {
  const saved = localStorage.getItem(KEY);
  return saved && saved in TEXT_SIZES ? (saved as TextSize) : 'normal';
}

export function applyTextSize(size: TextSize = currentTextSize()): void {
  // A variable, not font-size itself, so outreach mode can raise the floor (styles.css).
  document.documentElement.style.setProperty('--text-scale', String(TEXT_SIZES[size]));
}

export function setTextSize(size: TextSize): void {
  localStorage.setItem(KEY, size);
  applyTextSize(size);
}
