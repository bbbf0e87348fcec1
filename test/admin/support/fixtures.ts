import type { EditorLink, StoryItem } from '../../../shared/contracts/admin';
import type { Suggestion } from '../../../shared/contracts/related';
import type { Anchor } from '../../../shared/contracts/writing';

export const story = (
  documentId: string,
  title: string,
  extra: Partial<StoryItem> = {}
): StoryItem => ({
  documentId,
  title,
  slug: null,
  lead: null,
  section: 'World',
  externalId: null,
  datePublished: '2026-07-10T09:00:00.000Z',
  locale: 'en',
  status: 'published',
  ...extra,
});

export const link = (
  documentId: string,
  target: StoryItem | null,
  extra: Partial<EditorLink> = {}
): EditorLink => ({
  documentId,
  kind: 'read-also',
  position: 0,
  origin: 'editor',
  score: null,
  state: 'ok',
  target,
  targetDocumentId: target?.documentId ?? null,
  externalUrl: null,
  title: null,
  afterBlock: null,
  ...extra,
});

export const suggestion = (
  documentId: string,
  title: string,
  extra: Partial<Suggestion> = {}
): Suggestion => ({
  article: story(documentId, title),
  score: 0.5,
  similarity: 0.4,
  nearDuplicate: false,
  reasons: [],
  ...extra,
});

export const anchor = (
  text: string,
  source: string,
  target: { documentId: string; title: string; slug?: string | null },
  extra: Partial<Anchor> = {}
): Anchor => {
  const start = source.indexOf(text);
  return {
    text,
    block: 0,
    start,
    end: start + text.length,
    target: { slug: null, ...target },
    score: 0.7,
    reason: `Key phrase of “${target.title}”`,
    kind: 'headline',
    matched: target.title,
    ...extra,
  };
};

/** A blocks body of plain paragraphs. */
export const paragraphs = (...texts: string[]) =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
