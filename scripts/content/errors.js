// One error type for every content problem, so the build can print
// "file: field: reason" — the three things an NGO editor needs to fix it.
import path from 'node:path';

export class ContentError extends Error {
  /**
   * @param {string} file   path of the offending file (made relative to the repo for display)
   * @param {string} field  dotted path of the field, or "(file)" for whole-file problems
   * @param {string} reason plain-language reason
   */
  constructor(file, field, reason) {
    const shown = path.relative(process.cwd(), file) || file;
    super(`${shown}: ${field}: ${reason}`);
    this.name = 'ContentError';
    this.file = shown;
    this.field = field;
    this.reason = reason;
  }
}

/** Turn the first zod issue into a ContentError for `file`. */
export function fromZod(file, error, prefix = '') {
  const issue = error.issues[0];
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(file)';
  return new ContentError(file, field, issue.message);
}
