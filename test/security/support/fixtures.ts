import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/**
 * Content that must never show: a story that was never published, whose headline and lead hold
 * DRAFT_WORD, and an unsaved edit of a published story holding EDIT_WORD. Both are tagged,
 * bylined and linked like the published stories around them, so that every relation path of the
 * model (tag → articles, author → articles, article → related news → target, …) reaches them.
 *
 * A probe passes when neither word appears in any answer, and when counts asked about either
 * word are the counts asked about a word nothing holds.
 */
export const DRAFT_WORD = 'Quillfeatherdraft';
export const EDIT_WORD = 'Marrowgateedit';
/** A word of a published headline: the control that shows a probe's filter does match. */
export const PUBLISHED_WORD = 'Lanternbridge';
export const SECRET_EMAIL = 'hidden.author@newsroom.test';

export type Fixtures = {
  tag: string;
  author: string;
  /** Published, tagged and bylined, links to `edited` (shown) and to `draft` (hidden). */
  published: string;
  /** Published; its draft holds EDIT_WORD, unsaved to readers. */
  edited: string;
  /** Never published; holds DRAFT_WORD. */
  draft: string;
  /** The link from `published` to `draft`, which readers must not see. */
  hiddenLink: string;
  visibleLink: string;
};

export const seedFixtures = async (strapi: Core.Strapi): Promise<Fixtures> => {
  const docs = (uid: string) => strapi.documents(uid as never);
  const tag = await docs(UID.tag).create({ data: { name: 'Security probe tag' } } as never);
  const author = await docs(UID.author).create({
    data: { name: 'Security Probe Author', email: SECRET_EMAIL },
  } as never);
  const relations = { tags: [tag.documentId], authors: [author.documentId] };

  // an author with a private e-mail as a contributor too: populating it must not reveal the e-mail
  const published = await docs(UID.article).create({
    data: {
      title: `${PUBLISHED_WORD} opens to traffic`,
      lead: 'A bridge story.',
      ...relations,
      contributors: [{ role: 'editor', author: author.documentId }],
    },
  } as never);
  await docs(UID.article).publish({ documentId: published.documentId } as never);

  const edited = await docs(UID.article).create({
    data: { title: 'Harbour works finish early', lead: 'Published lead.', ...relations },
  } as never);
  await docs(UID.article).publish({ documentId: edited.documentId } as never);
  // the unsaved edit also adds a contributor and a correction: neither may reach a reader
  // through the story (authors have no draft state: the author itself is public)
  const editOnly = await docs(UID.author).create({
    data: { name: 'Edit-only Photographer', email: SECRET_EMAIL.replace('@', '.edit@') },
  } as never);
  await docs(UID.article).update({
    documentId: edited.documentId,
    data: {
      title: `Harbour works ${EDIT_WORD}`,
      lead: `Unsaved ${EDIT_WORD} lead`,
      contributors: [{ role: 'photographer', author: editOnly.documentId }],
      corrections: [{ date: new Date().toISOString(), kind: 'correction', note: EDIT_WORD }],
    },
  } as never);

  const draft = await docs(UID.article).create({
    data: { title: `Embargoed ${DRAFT_WORD} story`, lead: `Lead ${DRAFT_WORD}`, ...relations },
  } as never);

  const link = (target: string) =>
    docs(UID.relatedNews).create({
      data: { article: published.documentId, target, kind: 'read-also' },
    } as never);
  const visibleLink = await link(edited.documentId);
  const hiddenLink = await link(draft.documentId);

  return {
    tag: tag.documentId,
    author: author.documentId,
    published: published.documentId,
    edited: edited.documentId,
    draft: draft.documentId,
    hiddenLink: hiddenLink.documentId,
    visibleLink: visibleLink.documentId,
  };
};
