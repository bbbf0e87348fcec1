import type { EditorLink, StoryItem } from '../../../shared/contracts/admin';
import type { Suggestion } from '../../../shared/contracts/related';

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
