import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  CreateLinkBody,
  CreateLinkResponse,
  EditorLink,
  LinkState,
  UpdateLinkBody,
} from '../../../shared/contracts/admin';
import { type LinkKind, type LinkOrigin, UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import { linkQueries } from './link-queries';
import { storyExists, storyItems } from './story-items';

/** The fields of a related-news row an editor sees. */
export const LINK_FIELDS = [
  'id',
  'documentId',
  'kind',
  'position',
  'origin',
  'score',
  'targetDocumentId',
  'externalUrl',
  'title',
];

type LinkRow = {
  id: number;
  documentId: string;
  kind: LinkKind;
  position: number | null;
  origin: LinkOrigin;
  score: number | null;
  targetDocumentId: string | null;
  externalUrl: string | null;
  title: string | null;
};

/** A background story links back with a follow-up, and the other way round. */
const REVERSE_KIND: Partial<Record<LinkKind, LinkKind>> = {
  background: 'follow-up',
  'follow-up': 'background',
};

/** Stored links as editors see them: each with its target's state (ok, unpublished, deleted). */
export const toEditorLinks = async (
  strapi: Core.Strapi,
  rows: LinkRow[],
  locale: string
): Promise<EditorLink[]> => {
  const targets = await storyItems(
    strapi,
    rows.map((row) => row.targetDocumentId),
    locale
  );
  return rows.map((row) => {
    const target = row.targetDocumentId ? (targets.get(row.targetDocumentId) ?? null) : null;
    let state: LinkState = 'ok';
    if (row.targetDocumentId && !target) state = 'deleted';
    else if (target && target.status !== 'published') state = 'unpublished';
    return {
      documentId: row.documentId,
      kind: row.kind,
      position: row.position ?? 0,
      origin: row.origin,
      score: row.score ?? null,
      state,
      target,
      targetDocumentId: row.targetDocumentId ?? null,
      externalUrl: row.externalUrl ?? null,
      title: row.title ?? null,
    };
  });
};

/** Only the keys that were given: the Document Service reads a present key as a change. */
const given = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/**
 * The cross-links panel: a story's links, read with their state and written through the
 * Document Service, whose related-news middleware checks every write and drops cached lists.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(UID.relatedNews);

  // By id: a filter on `article.documentId` would scan every link (outer joins).
  const rowsOf = async (documentId: string, locale: string): Promise<LinkRow[]> =>
    strapi.db.query(UID.relatedNews).findMany({
      where: { id: { $in: await linkQueries(strapi).linkIdsOf(documentId, locale) } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: LINK_FIELDS,
    });

  const requireStory = async (documentId: string, locale: string) => {
    if (!(await storyExists(strapi, documentId, locale))) {
      throw new errors.NotFoundError(
        `No article has the documentId "${documentId}" in "${locale}"`
      );
    }
  };

  const findLink = async (documentId: string, locale: string): Promise<EditorLink> => {
    const row = await strapi.db
      .query(UID.relatedNews)
      .findOne({ where: { documentId, locale }, select: LINK_FIELDS });
    if (!row) {
      throw new errors.NotFoundError(`No link has the documentId "${documentId}" in "${locale}"`);
    }
    return (await toEditorLinks(strapi, [row], locale))[0];
  };

  return {
    async list(documentId: string, locale: string): Promise<EditorLink[]> {
      await requireStory(documentId, locale);
      return toEditorLinks(strapi, await rowsOf(documentId, locale), locale);
    },

    /**
     * Creates a link and, with `reverse`, the link back from its target (unless there is one):
     * both in one transaction, so a reverse that fails leaves no forward link either.
     */
    async create(body: CreateLinkBody & { locale: string }): Promise<CreateLinkResponse> {
      const { article, locale, target, reverse, ...rest } = body;
      if (reverse && !target) throw fieldError('reverse', 'needs a target story to link back');
      const written = await strapi.db.transaction(async () => {
        const link = (await documents().create({
          locale,
          data: given({ article, target, ...rest, origin: rest.origin ?? 'editor' }),
        } as never)) as { documentId: string };
        if (!reverse || !target) return { link, back: null };
        const linkedBack = await strapi.db.query(UID.relatedNews).count({
          where: { locale, targetDocumentId: article, article: { documentId: target } },
        });
        if (linkedBack > 0) return { link, back: null };
        const kind = rest.kind ?? 'read-also';
        const back = (await documents().create({
          locale,
          data: {
            article: target,
            target: article,
            kind: REVERSE_KIND[kind] ?? kind,
            origin: 'reciprocal',
          },
        } as never)) as { documentId: string };
        return { link, back };
      });
      return {
        data: await findLink(written.link.documentId, locale),
        meta: { reverse: written.back ? await findLink(written.back.documentId, locale) : null },
      };
    },

    /** Changes a link's kind and/or target; a new target makes it the editor's own link. */
    async update(documentId: string, body: UpdateLinkBody & { locale: string }) {
      const { locale, kind, target } = body;
      await findLink(documentId, locale);
      const data = given({ kind });
      if (target !== undefined) {
        Object.assign(data, {
          target,
          externalUrl: null,
          title: null,
          origin: 'editor',
          score: null,
        });
      }
      if (Object.keys(data).length > 0) {
        await documents().update({ documentId, locale, data } as never);
      }
      return findLink(documentId, locale);
    },

    /** Puts a story's links in the given order: `order` must list each of them once. */
    async reorder(documentId: string, locale: string, order: string[]) {
      await requireStory(documentId, locale);
      const rows = await rowsOf(documentId, locale);
      const byId = new Map(rows.map((row) => [row.documentId, row]));
      if (new Set(order).size !== order.length) {
        throw fieldError('order', 'lists a link more than once');
      }
      const unknown = order.find((id) => !byId.has(id));
      if (unknown) throw fieldError('order', `"${unknown}" is not a link of this story`);
      if (order.length !== rows.length) {
        throw fieldError('order', `must list all ${rows.length} links of the story`);
      }
      await strapi.db.transaction(async () => {
        for (const [position, linkId] of order.entries()) {
          if (byId.get(linkId)!.position === position) continue;
          await documents().update({ documentId: linkId, locale, data: { position } } as never);
        }
      });
      return toEditorLinks(strapi, await rowsOf(documentId, locale), locale);
    },

    async remove(documentId: string, locale: string) {
      await findLink(documentId, locale);
      await documents().delete({ documentId, locale } as never);
      return { documentId };
    },
  };
};
