// Installing: Android/Chromium fires beforeinstallprompt, which we keep until the user taps
// "Install". iOS Safari has no prompt, so we show a one-line "Add to Home Screen" hint.
import { observable } from '../data/observable';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const installPrompt = observable<InstallPromptEvent | null>(null);

if (typeof window !== 'undefined') {
  // (not at build time, where pages are prerendered in Node)
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault(); // we show our own button at a calm moment instead of the mini-infobar
    installPrompt.set(e as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => installPrompt.set(null));
}

export async function promptInstall(): Promise<void> {
  const e = installPrompt.get();
  if (!e) return;
  await e.prompt();
  await e.userChoice;
  installPrompt.set(null);
}

export function isIosSafariBrowser(ua = navigator.userAgent): boolean {
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
  const standalone = (navigator as { standalone?: boolean }).standalone === true;
  return ios && !standalone && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}
