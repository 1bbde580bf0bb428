// Finds Debian's Chromium for the end-to-end tests: CHROMIUM_PATH, else /usr/bin/chromium.
// If it is missing and we are root with apt, install it; otherwise stop with one clear line.
// Never skip silently.
import fs from 'node:fs';
import { execSync } from 'node:child_process';

export function chromiumPath() {
  const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(wanted)) return wanted;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = fs.existsSync('/usr/bin/apt-get');
  if (!process.env.CHROMIUM_PATH && root && apt) {
    console.log('Chromium not found: installing Debian\'s "chromium" package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (fs.existsSync(wanted)) return wanted;
  }
  throw new Error(
    `Chromium not found at ${wanted}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

// Flags from this machine's notes: no sandbox as root, and no background connections
// (they would be third-party requests and are refused by the closed network anyway).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
