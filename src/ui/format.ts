// Sizes in the user's language ("1.2 MB", "1,2 МБ"). Intl falls back gracefully where a
// locale (e.g. Tajik) has no unit names.
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, bytes / 1024), 'kilobyte'];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${value.toFixed(1)} ${unit === 'megabyte' ? 'MB' : 'KB'}`;
  }
}
