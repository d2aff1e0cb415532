import { execSync } from 'node:child_process';
import fs from 'node:fs';

/** Debian's Chromium (test tools cannot download their own browsers here). */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    const found = execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
    return found || null;
  } catch {
    return null;
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
