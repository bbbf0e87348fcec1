import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import type { Anchor } from '../../shared/contracts/writing';
import { adminLogin, SUPER_ADMIN } from '../helpers/admin';
import { SCREENSHOTS_DIR, launchBrowser, logIn } from '../helpers/browser';
import { http } from '../helpers/http';
import { type Playground, startPlayground } from '../helpers/playground';

/**
 * Linking while writing, in Chromium, on the demo newsroom: the UNIAN story's "Read also"
 * links placed in its body, a phrase of its text linked from the Cross-links panel and saved
 * with the story, and suggestions for a new article before it is ever saved.
 */
const UNIAN_HEADLINE = 'All allies agree that Ukraine will become a member of NATO';
const ARTICLE = 'plugin::newsroom.article';

let playground: Playground;
let browser: Browser;
let page: Page;
let token: string;
let unianId: string;

const editUrl = (documentId: string) =>
  `${playground.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=en`;
const createUrl = () =>
  `${playground.url}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=en`;
const api = () => http(playground.url);

/** Scrolls an element to the top of its scrolling box, leaving `margin` pixels above it. */
const scrollToTop = (element: any, margin: number) => {
  element.scrollIntoView({ block: 'start' });
  let box = element.parentElement;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  (box ?? element.ownerDocument.scrollingElement).scrollBy(0, -margin);
};
const admin = () => http(playground.url, token);

type Node = { type: string; text?: string; url?: string; children?: Node[] };
type ReadableLink = { documentId: string; kind: string; afterBlock?: number | null };

const readAlsoOf = async (documentId: string): Promise<ReadableLink[]> => {
  const reply = await api().get(`/api/newsroom/articles/${documentId}/related-news`);
  expect(reply.status).toBe(200);
  return reply.body.data;
};

beforeAll(async () => {
  // The demo's first start imports 2,098 stories: slow on a busy machine.
  playground = await startPlayground({ timeoutMs: 540_000 });
  token = await adminLogin(playground.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const found = await api().get(
    `/api/newsroom/articles?filters[title][$eq]=${encodeURIComponent(UNIAN_HEADLINE)}`
  );
  unianId = found.body.data[0].documentId;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await logIn(page, playground.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

describe('"Read also" placed in the body', () => {
  test('the UNIAN story’s "Read also" links sit after paragraph 4, and can move', async () => {
    const seeded = await readAlsoOf(unianId);
    const placed = seeded.filter((link) => link.afterBlock === 3);
    expect(placed.length).toBeGreaterThan(0);

    await page.goto(editUrl(unianId));
    const panel = page.getByTestId('newsroom-cross-links-panel');
    const row = panel.getByTestId(`newsroom-link-row-${placed[0].documentId}`);
    await row.waitFor();
    expect(await row.getAttribute('data-after-block')).toBe('3');
    expect(await row.getByTestId(`newsroom-link-after-${placed[0].documentId}`).textContent()).toBe(
      'after ¶4'
    );

    // The editor moves it after paragraph 2, then back after paragraph 4.
    const select = row.getByRole('combobox', { name: 'Place in the body' });
    for (const [paragraph, afterBlock] of [
      [2, 1],
      [4, 3],
    ]) {
      await select.click();
      const saved = page.waitForResponse(
        (response) =>
          response.url().includes(`/newsroom/links/${placed[0].documentId}`) &&
          response.request().method() === 'PUT'
      );
      await page.getByRole('option', { name: `After paragraph ${paragraph}` }).click();
      expect((await saved).status()).toBe(200);
      await row.getByText(`after ¶${paragraph}`).waitFor();
      const links = await readAlsoOf(unianId);
      expect(links.find((link) => link.documentId === placed[0].documentId)?.afterBlock).toBe(
        afterBlock
      );
    }
  });
});

describe('linking a phrase of the text', () => {
  test('one click links a phrase in the blocks editor; saved, readers get the link', async () => {
    const reply = await admin().get(`/newsroom/anchors/${unianId}?locale=en`);
    expect(reply.status).toBe(200);
    const anchors: Anchor[] = reply.body.data;
    expect(anchors.length).toBeGreaterThan(0);
    const anchor = anchors[0];
    const id = `${anchor.block}-${anchor.start}`;
    const url = `/news/${anchor.target.slug ?? anchor.target.documentId}`;

    await page.goto(editUrl(unianId));
    const section = page.getByTestId('newsroom-anchors');
    const item = section.getByTestId(`newsroom-anchor-${id}`);
    await item.waitFor();
    expect(await item.textContent()).toContain(anchor.target.title);
    await section.evaluate(scrollToTop, 48);
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, 'anchors-panel.png') });

    await section.getByTestId(`newsroom-anchor-apply-${id}`).click();
    // The blocks editor shows the phrase as a link at once.
    await page
      .locator('[data-slate-editor] a', { hasText: anchor.text })
      .first()
      .waitFor({ timeout: 10_000 });

    const saved = page.waitForResponse(
      (response) =>
        response.url().includes('/content-manager/collection-types/') &&
        response.url().includes(unianId) &&
        response.request().method() === 'PUT'
    );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saved).status()).toBe(200);
    const published = page.waitForResponse(
      (response) => response.url().includes('/actions/publish') && response.status() < 400
    );
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    // Strapi asks first when the story has relations to stories that are not published.
    const confirm = page.getByRole('alertdialog').getByRole('button', { name: /publish|confirm/i });
    await confirm.click({ timeout: 5_000 }).catch(() => undefined);
    await published;

    const story = await api().get(`/api/newsroom/articles/${unianId}?populate=*`);
    expect(story.status).toBe(200);
    const block: Node = story.body.data.body[anchor.block];
    const linkNode = (block.children ?? []).find((node) => node.type === 'link');
    expect(linkNode).toMatchObject({ type: 'link', url });
    expect((linkNode?.children ?? []).map((node) => node.text).join('')).toBe(anchor.text);
    // The block reads as before: only the phrase became a link.
    const text = (node: Node): string =>
      node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(text).join('');
    expect(text(block).slice(anchor.start, anchor.end)).toBe(anchor.text);
  });
});

describe('a new article, before its first save', () => {
  test('gets on-topic suggestions after the editor types a headline and a lead', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const writer = await context.newPage();
    try {
      await logIn(writer, playground.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
      await writer.goto(createUrl());
      const panel = writer.getByTestId('newsroom-cross-links-panel');
      await panel.getByTestId('newsroom-draft-hint').waitFor();

      const headline = 'NATO allies promise Ukraine membership after the war';
      const lead =
        'Ukraine will join NATO, the Alliance’s secretary general said, as allies discussed ' +
        'security guarantees and air defence for Kyiv.';
      await writer.locator('input[name="title"]').fill(headline);
      await writer.locator('textarea[name="lead"]').fill(lead);

      const first = panel.locator('[data-testid^="newsroom-suggestion-"]').first();
      await first.waitFor({ timeout: 30_000 });
      const suggestions = panel.getByTestId('newsroom-suggestions');
      expect(await suggestions.getByTestId('newsroom-panel-message').textContent()).toContain(
        'Save the story to link'
      );
      expect(await panel.locator('[data-testid^="newsroom-suggestion-link-"]').count()).toBe(0);

      // What the panel shows is what the draft route answers, and it is about NATO and Ukraine.
      const draft = await admin().post('/newsroom/suggestions/draft', {
        locale: 'en',
        title: headline,
        lead,
      });
      expect(draft.status).toBe(200);
      const items: { article: { documentId: string; title: string; section: string | null } }[] =
        draft.body.data.suggestions;
      expect(items.length).toBeGreaterThan(2);
      await panel.getByTestId(`newsroom-suggestion-${items[0].article.documentId}`).waitFor();
      const onTopic = items.filter(
        ({ article }) =>
          /nato|ukrain|kyiv|russia|allies|alliance/i.test(article.title) ||
          (article.section ?? '').toLowerCase() === 'politics'
      );
      expect(onTopic.length).toBeGreaterThanOrEqual(Math.ceil(items.length / 2));
      expect(
        items.filter(({ article }) => /^(sport|entertainment)$/i.test(article.section ?? '')).length
      ).toBeLessThan(items.length / 2);

      // The headline and lead as typed, beside the panel.
      await writer.locator('input[name="title"]').evaluate(scrollToTop, 160);
      await writer.screenshot({ path: path.join(SCREENSHOTS_DIR, 'draft-suggestions.png') });
    } finally {
      await context.close();
    }
  });
});
