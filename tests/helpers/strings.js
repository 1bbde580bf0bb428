// The UI strings as NGO staff wrote them, so tests compare against content, not copies.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT } from './builds.js';

export { LANGS } from '../../src/shared/langs.js';

export function strings(lang) {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'content/strings', `${lang}.yaml`), 'utf8'));
}

/** A content item's YAML (checklists, points), to compare pages against what editors wrote. */
export function contentItem(kind, id) {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'content', kind, `${id}.yaml`), 'utf8'));
}
