// Starts Debian's Chromium through playwright-core (never a downloaded browser), with the
// flags this machine needs: headless, no sandbox (root), no background networking.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';

export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {}
  }
  throw new Error('No Chromium on PATH; run scripts/setup.sh');
}

export const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A fresh persistent context in its own profile folder. Returns { context, profile }. */
export async function launch({ profile, viewport = { width: 1280, height: 900 }, ...opts } = {}) {
  const dir = profile || fs.mkdtempSync(path.join(os.tmpdir(), 'pk-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: FLAGS,
    viewport,
    acceptDownloads: true,
    ...opts,
  });
  return { context, profile: dir };
}
