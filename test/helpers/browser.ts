import fs from 'node:fs';
import path from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network: no background connections, no first-run, no sandbox as root. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = async (): Promise<Browser> => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's package (apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH'
    );
  }
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
};

/** Logs in to the Strapi admin through its login form and waits for the home page. */
export const logIn = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page
    .getByLabel(/password/i)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
  // Strapi's own announcement banner, closed as a user would, so it stays out of screenshots.
  const banner = page.getByText('Introducing the new Media Library');
  try {
    await banner.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: /^Close the banner/ }).click();
    await banner.waitFor({ state: 'detached', timeout: 5_000 });
  } catch (error) {
    if (await banner.isVisible()) throw error;
  }
};

const root = path.join(__dirname, '..', '..');

/**
 * Where the end-to-end tests save their screenshots: `test-results/screenshots` (ignored by
 * git), so a test run leaves the checkout clean. `npm run docs:images` sets
 * `NEWSROOM_SCREENSHOTS_DIR=docs/images` to refresh the images the README and docs show.
 */
export const SCREENSHOTS_DIR = path.resolve(
  root,
  process.env.NEWSROOM_SCREENSHOTS_DIR ?? path.join('test-results', 'screenshots')
);
fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
