// Reads and validates what a leaflet says: content/leaflet.yaml plus the urgent numbers
// from content/help.yaml. Every fact cites its source (title, URL, date), one an article already cites.
import path from 'node:path';
import { ContentError } from '../content/errors.js';
import { readYaml, validate } from '../content/read.js';
import { leafletSchema, helpSchema } from '../content/schemas.js';

export function loadLeaflet(contentDir, knownSourceUrls) {
  const file = path.join(contentDir, 'leaflet.yaml');
  const leaflet = validate(file, leafletSchema, readYaml(file));
  const helpFile = path.join(contentDir, 'help.yaml');
  const help = validate(helpFile, helpSchema, readYaml(helpFile));
  leaflet.facts.forEach((f, i) => {
    if (knownSourceUrls && !knownSourceUrls.has(f.source.url)) {
      throw new ContentError(file, `facts.${i}.source.url`, 'must be a source that an article already cites (so it is in the brief)');
    }
  });
  const numbers = leaflet.numbers.map((id, i) => {
    const n = help.numbers.find((x) => x.id === id);
    if (!n) throw new ContentError(file, `numbers.${i}`, `no number "${id}" in content/help.yaml`);
    return n;
  });
  return { ...leaflet, numbers };
}
