// Campaign tags: a leaflet's QR code carries ?src=<tag>. The first tag this phone ever sees
// is kept (later ones are ignored) and a later issue sends it with feedback. It names a
// leaflet batch, never a person.
import { getSetting, setSetting } from './settings';
import { SRC_TAG } from '../shared/facts.js';

export function readSrcTag(search: string): string | null {
  const tag = new URLSearchParams(search).get('src');
  return tag && SRC_TAG.test(tag) ? tag : null;
}

export async function rememberFirstSrc(search: string): Promise<string | undefined> {
  const tag = readSrcTag(search);
  const existing = await getSetting<string>('src');
  if (existing || !tag) return existing;
  await setSetting('src', tag);
  return tag;
}
