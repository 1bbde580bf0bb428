// Where text sits in a YAML file's SOURCE, so a content error can name the line an editor
// must change. yaml's parseDocument keeps each node's [start, end] offsets.
import fs from 'node:fs';
import YAML from 'yaml';
import { lineAt } from './wordmatch.js';

/**
 * Every string scalar in a YAML file, with its field path and its raw source text.
 * @param {string} file
 * @returns {{ text: string, entries: { path: (string|number)[], raw: string, start: number }[] }}
 */
export function yamlScalars(file) {
  const text = fs.readFileSync(file, 'utf8');
  const doc = YAML.parseDocument(text);
  const entries = [];
  const walk = (node, path) => {
    if (YAML.isMap(node)) {
      for (const pair of node.items) {
        const key = YAML.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, [...path, key]);
      }
    } else if (YAML.isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (YAML.isScalar(node) && typeof node.value === 'string' && node.range) {
      // The raw source (quotes, folds and all): offsets in it are offsets in the file.
      entries.push({ path, raw: text.slice(node.range[0], node.range[1]), start: node.range[0] });
    }
  };
  walk(doc.contents, []);
  return { text, entries };
}

/** Line of the scalar at `path` ("steps.3.do.ru" as an array), or null if it is not a scalar. */
export function lineOfPath(scalars, path) {
  const key = path.join('.');
  const hit = scalars.entries.find((e) => e.path.join('.') === key);
  return hit ? lineAt(scalars.text, hit.start) : null;
}
