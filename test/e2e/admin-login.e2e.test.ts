import type { Browser, Page } from 'playwright-core';

import { launchBrowser, logIn } from '../helpers/browser';
import { SUPER_ADMIN } from '../helpers/admin';
import { type Playground, startPlayground } from '../helpers/playground';

let playground: Playground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  playground = await startPlayground({ demo: 'sample' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

test('the demo admin logs in and sees the newsroom content types', async () => {
  await logIn(page, playground.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  await page.goto(
    `${playground.url}/admin/content-manager/collection-types/plugin::newsroom.article`
  );
  await page
    .getByText('All allies agree that Ukraine will become a member of NATO')
    .first()
    .waitFor();
});
