/** Headless Debian Chromium with the flags of playwright.config.ts, for every browser figure and the build's chart pictures. */
import { chromium, type Browser } from '@playwright/test';

export const VIEWPORT = { width: 1920, height: 1080 } as const;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
