// The kit file for one language, made on the phone from what the phone already holds: the
// pack in Dexie, the precached UI strings and urgent numbers, and this app's address. The
// renderer is the build's own (src/shared/kit/render.js), so the file equals the one the
// server has for the same content version. Nothing the family saved is read or passed in.
import { renderKit, kitFileName } from '../../shared/kit/render.js';
import type { Lang } from '../../shared/langs.js';
import { readPack } from '../../data/pack-read';
import { contentVersion } from '../../data/packs';
import { loadCore } from '../../i18n';

export async function makeKitFile(lang: Lang): Promise<File> {
  const [pack, core] = await Promise.all([readPack(lang), loadCore(lang)]);
  const html = renderKit({ pack, strings: core.strings, help: core.help, contentVersion, origin: window.location.origin });
  return new File([html], kitFileName(lang), { type: 'text/html' });
}

/** Web Share with a file, where the phone has it: Android offers Bluetooth, Quick Share, Telegram, WhatsApp. */
export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/** Elsewhere the file is saved (downloaded), to be sent from the phone's files. */
export function saveFile(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy by now; keep the URL a little in case the browser is slow.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
