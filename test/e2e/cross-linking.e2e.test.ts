import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { ACTIONS } from '../../shared/contracts/permissions';
import { adminLogin, createEditor, SUPER_ADMIN } from '../helpers/admin';
import { SCREENSHOTS_DIR, launchBrowser, logIn } from '../helpers/browser';
import { http } from '../helpers/http';
import { type Playground, startPlayground } from '../helpers/playground';

/**
 * An editor's path through the admin, in Chromium, on the demo newsroom as `npm run demo` seeds it:
 * the cross-links panel on the UNIAN story, the home-page widgets, the story map, and an
 * editor whose role lacks "Manage links".
 */
const UNIAN_HEADLINE = 'All allies agree that Ukraine will become a member of NATO';
const ARTICLE = 'plugin::newsroom.article';
const DAY = 24 * 3600 * 1000;

let playground: Playground;
let browser: Browser;
let page: Page;
let token: string;
let unianId: string;

const editUrl = (documentId: string) =>
  `${playground.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=en`;
const api = () => http(playground.url);
const admin = () => http(playground.url, token);
const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS_DIR, name) });

/** Stories that a reader sees linked (as the source or the target of a readable link). */
const linkedStories = async () => {
  const links = await api().get(
    '/api/newsroom/related-news?pagination[pageSize]=100&populate[article][fields][0]=title&populate[target][fields][0]=title'
  );
  const linked = new Set<string>();
  for (const link of links.body.data) {
    linked.add(link.article.documentId);
    if (link.target) linked.add(link.target.documentId);
  }
  return linked;
};

beforeAll(async () => {
  playground = await startPlayground();
  token = await adminLogin(playground.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const found = await api().get(
    `/api/newsroom/articles?filters[title][$eq]=${encodeURIComponent(UNIAN_HEADLINE)}`
  );
  unianId = found.body.data[0].documentId;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await logIn(page, playground.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

/** The story linked from the UNIAN one by the first tests. */
let linkedId: string;

describe('cross-linking a story in the admin', () => {
  test('the panel suggests related stories for the UNIAN story, with reasons', async () => {
    await page.goto(editUrl(unianId));
    const panel = page.getByTestId('newsroom-cross-links-panel');
    await panel.waitFor();
    const existing = panel.locator('[data-testid^="newsroom-link-row-"]');
    await existing.first().waitFor();
    expect(await existing.count()).toBe(2);
    const suggestions = panel.locator('[data-testid^="newsroom-suggestion-link-"]');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBeGreaterThanOrEqual(3);

    // The engine's picks are about politics and world affairs, not sport or showbiz.
    const suggested = await admin().get(`/newsroom/suggestions/${unianId}?locale=en&limit=8`);
    expect(suggested.status).toBe(200);
    const sections = suggested.body.data.map((s: { article: { section: string } }) =>
      (s.article.section ?? '').toLowerCase()
    );
    expect(sections.filter((section: string) => section === 'politics').length).toBeGreaterThan(0);
    expect(
      sections.filter((section: string) => section === 'sport' || section === 'entertainment')
        .length
    ).toBeLessThan(sections.length / 2);
    const first = suggested.body.data[0];
    await expect(
      panel.getByTestId(`newsroom-suggestion-${first.article.documentId}`).textContent()
    ).resolves.toContain(first.article.title);
    // The panel's title (drawn by the content manager above the panel) at the top of the view.
    await page
      .getByText('Cross-links', { exact: true })
      .first()
      .evaluate((element: { scrollIntoView: (options: object) => void }) =>
        element.scrollIntoView({ block: 'start' })
      );
    await shot('cross-links-panel.png');
  });

  test('one click links a suggestion, with the link back on the other story', async () => {
    const panel = page.getByTestId('newsroom-cross-links-panel');
    const button = panel.locator('[data-testid^="newsroom-suggestion-link-"]').first();
    const testId = (await button.getAttribute('data-testid'))!;
    linkedId = testId.replace('newsroom-suggestion-link-', '');
    const reverse = panel.getByTestId('newsroom-reverse');
    if (!(await reverse.isChecked())) await reverse.check();
    await button.click();

    const rows = panel.locator('[data-testid^="newsroom-link-row-"]');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    await panel.getByTestId(`newsroom-suggestion-${linkedId}`).waitFor({ state: 'detached' });

    const related = await api().get(`/api/newsroom/articles/${unianId}/related?limit=10`);
    const item = related.body.data.find(
      (story: { documentId: string }) => story.documentId === linkedId
    );
    expect(item).toMatchObject({ origin: 'suggestion', kind: 'read-also' });
    const back = await api().get(`/api/newsroom/articles/${linkedId}/related?limit=10`);
    expect(back.body.data[0]).toMatchObject({ documentId: unianId, origin: 'reciprocal' });
  });
});

describe('the story map', () => {
  test('draws the stories and their links, orphans apart; a click opens the story', async () => {
    await page.goto(`${playground.url}/admin/plugins/newsroom`);
    await page.getByTestId('newsroom-story-map').waitFor();
    // The newest stories first: BBC stories, almost none of them linked yet.
    await page.locator('[data-testid^="newsroom-map-node-"]').first().waitFor();
    expect(await page.locator('[data-orphan="true"]').count()).toBeGreaterThan(100);

    // Yesterday's and today's stories, a few of them linked by an editor through the admin API.
    const since = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    const week = (
      await api().get(
        `/api/newsroom/articles?pagination[pageSize]=100&sort=datePublished:desc&filters[datePublished][$gte]=${since}`
      )
    ).body.data.map((story: { documentId: string }) => story.documentId) as string[];
    expect(week.length).toBeGreaterThan(6);
    const pairs = [
      [week[0], week[1]],
      [week[0], week[2]],
      [week[3], week[1]],
      [week[4], week[5]],
    ];
    for (const [article, target] of pairs) {
      const created = await admin().post('/newsroom/links', { article, target, locale: 'en' });
      expect(created.status).toBe(201);
    }
    const withLinks = await linkedStories();
    const orphans = week.filter((id) => !withLinks.has(id)).length;

    const filters = page.getByTestId('newsroom-map-filters');
    await filters.getByLabel('From').fill(since);
    await filters.getByRole('button', { name: 'Show map' }).click();
    await page
      .getByTestId('newsroom-map-counts')
      .getByText(`${week.length} stories, ${pairs.length} links, ${orphans} orphans`)
      .waitFor();
    expect(await page.getByTestId(`newsroom-map-node-${week[0]}`).getAttribute('data-orphan')).toBe(
      'false'
    );
    await shot('story-map.png');

    // The UNIAN stories of October 2023 and the "Read also" links between them.
    await filters.getByLabel('From').fill('2023-10-01');
    await filters.getByLabel('To').fill('2023-10-31');
    await filters.getByRole('button', { name: 'Show map' }).click();
    await page
      .getByTestId('newsroom-map-counts')
      .getByText('3 stories, 2 links, 0 orphans')
      .waitFor();
    const node = page.getByTestId(`newsroom-map-node-${unianId}`);
    expect(await node.getAttribute('data-orphan')).toBe('false');
    await node.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${ARTICLE}/${unianId}`));
  });
});

describe('the home page', () => {
  test('shows the three widgets with the newsroom’s numbers', async () => {
    // A broken link: one of the UNIAN story's "Read also" targets is unpublished.
    const links = await admin().get(`/newsroom/links/${unianId}?locale=en`);
    const readAlso = links.body.data.find(
      (link: { origin: string }) => link.origin === 'import'
    ) as { documentId: string; targetDocumentId: string };
    const unpublished = await admin().post(
      `/content-manager/collection-types/${ARTICLE}/${readAlso.targetDocumentId}/actions/unpublish?locale=en`,
      {}
    );
    expect(unpublished.status).toBe(200);

    const published = (await api().get('/api/newsroom/articles?pagination[pageSize]=1')).body.meta
      .pagination.total as number;
    const linked = await linkedStories();
    const publishedLinked = (
      await api().get(
        `/api/newsroom/articles?pagination[pageSize]=100&${[...linked]
          .map((id, i) => `filters[documentId][$in][${i}]=${id}`)
          .join('&')}`
      )
    ).body.meta.pagination.total as number;
    const unlinked = published - publishedLinked;

    await page.goto(`${playground.url}/admin`);
    const unlinkedWidget = page.getByTestId('newsroom-widget-unlinked');
    await unlinkedWidget
      .getByText(`${unlinked.toLocaleString('en-US')} stories without links`)
      .waitFor();
    const listed = await unlinkedWidget.locator('[data-testid^="newsroom-unlinked-"]').all();
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) {
      const id = (await item.getAttribute('data-testid'))!.replace('newsroom-unlinked-', '');
      expect(linked.has(id)).toBe(false);
    }

    const broken = page.getByTestId('newsroom-widget-broken');
    await broken.getByTestId(`newsroom-broken-${readAlso.documentId}`).waitFor();
    expect(await broken.locator('[data-testid^="newsroom-broken-remove-"]').count()).toBe(1);

    const coverage = page.getByTestId('newsroom-widget-coverage');
    await coverage.getByTestId('newsroom-coverage-chart').waitFor();
    expect(await coverage.locator('[data-testid^="newsroom-coverage-day-"]').count()).toBe(14);
    const summary = await coverage.getByTestId('newsroom-coverage-summary').textContent();
    // Stories of the last 14 days (the demo spreads the BBC stories two hours apart).
    const since = new Date(Date.now() - 13 * DAY).toISOString().slice(0, 10);
    const recent = (
      await api().get(
        `/api/newsroom/articles?pagination[pageSize]=1&filters[datePublished][$gte]=${since}`
      )
    ).body.meta.pagination.total as number;
    expect(summary).toContain(
      `of the ${recent.toLocaleString('en-US')} stories of the last 14 days`
    );
    await broken.scrollIntoViewIfNeeded();
    await shot('home-widgets.png');

    // One click replaces the broken link with the engine's suggestion.
    await broken.getByTestId(`newsroom-broken-replace-${readAlso.documentId}`).click();
    await broken.getByText('No broken cross-links.').waitFor();
    const after = await admin().get(`/newsroom/links/${unianId}?locale=en`);
    const replaced = after.body.data.find(
      (link: { documentId: string }) => link.documentId === readAlso.documentId
    );
    expect(replaced.state).toBe('ok');
    expect(replaced.targetDocumentId).not.toBe(readAlso.targetDocumentId);
  });
});

describe('an editor without "Manage links"', () => {
  test('sees the suggestions but cannot link', async () => {
    const user = await createEditor(playground.url, token, {
      email: 'reader@newsroom.local',
      password: 'Reader-Demo-2026',
      actions: [ACTIONS.readSuggestions, ACTIONS.viewReports],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const limited = await context.newPage();
    try {
      await logIn(limited, playground.url, user.email, user.password);
      await limited.goto(editUrl(unianId));
      const panel = limited.getByTestId('newsroom-cross-links-panel');
      const suggested = await admin().get(`/newsroom/suggestions/${unianId}?locale=en&limit=1`);
      const top = suggested.body.data[0].article.documentId as string;
      await panel.getByTestId(`newsroom-suggestion-${top}`).waitFor();
      await panel.getByTestId('newsroom-panel-message').waitFor();
      expect(await panel.locator('[data-testid^="newsroom-suggestion-link-"]').count()).toBe(0);
      expect(await panel.getByRole('button', { name: /^Remove link to/ }).count()).toBe(0);
      expect(await panel.getByTestId('newsroom-search').count()).toBe(0);

      const userToken = await adminLogin(playground.url, user.email, user.password);
      const attempt = await http(playground.url, userToken).post('/newsroom/links', {
        article: unianId,
        target: top,
        locale: 'en',
      });
      expect(attempt.status).toBe(403);
      const links = await admin().get(`/newsroom/links/${unianId}?locale=en`);
      expect(
        links.body.data.some((link: { targetDocumentId: string }) => link.targetDocumentId === top)
      ).toBe(false);
    } finally {
      await context.close();
    }
  });
});
