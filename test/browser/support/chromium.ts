import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser (no `npx playwright install` on these machines). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile per call (playwright passes it as --user-data-dir), so no cookie or
 * cache leaks from one test file, or one run, to the next.
 */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'bonpayeur-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    viewport,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
