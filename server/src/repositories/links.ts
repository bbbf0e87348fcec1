import type { Core } from '@strapi/strapi';

import type { EditorLink, LinkState } from '../../../shared/contracts/admin';
import { type LinkKind, type LinkOrigin, UID } from '../../../shared/contracts/uids';
import { readableCondition, REST } from '../published-only/rules';
import { articleRepository } from './articles';
import { localeWhere } from './documents';
import { linkGraph } from './link-graph';

/**
 * A link a reader can follow: it points to an external URL or to a published article, and its
 * own article is published (both out of embargo at the time of the read). Links to unpublished or deleted stories are kept for editors (who
 * see them as broken and can fix them) but never reach the Content API.
 */
export const readableLinkFilter = (now: Date = new Date()) =>
  readableCondition(UID.relatedNews, REST, now)!;

/** The fields of a related-news row an editor sees. */
const LINK_FIELDS = [
  'id',
  'documentId',
  'kind',
  'position',
  'origin',
  'score',
  'targetDocumentId',
  'externalUrl',
  'title',
  'afterBlock',
];

/** A stored link as its write rules read it: its ends and what it shows. */
export type StoredLink = {
  documentId: string;
  externalUrl: string | null;
  title: string | null;
  targetDocumentId: string | null;
  afterBlock: number | null;
  article?: { documentId: string } | null;
  target?: { documentId: string } | null;
};

export type LinkRow = {
  id: number;
  documentId: string;
  kind: LinkKind;
  position: number | null;
  origin: LinkOrigin;
  score: number | null;
  targetDocumentId: string | null;
  externalUrl: string | null;
  title: string | null;
  afterBlock: number | null;
};

/** Reads of related-news rows: as editors see them, and which ones readers may follow. */
export const linkRepository = (strapi: Core.Strapi) => {
  const links = () => strapi.db.query(UID.relatedNews);

  /** Stored links as editors see them: each with its target's state (ok, unpublished, deleted). */
  const asEditorLinks = async (rows: LinkRow[], locale: string): Promise<EditorLink[]> => {
    const targets = await articleRepository(strapi).storyItems(
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
        afterBlock: row.afterBlock ?? null,
      };
    });
  };

  return {
    /** Links by row id, as editors see them, keyed by row id. */
    async editorLinksByRow(ids: number[], locale: string): Promise<Map<number, EditorLink>> {
      const rows: LinkRow[] = await links().findMany({
        where: { id: { $in: ids } },
        select: LINK_FIELDS,
      });
      const seen = await asEditorLinks(rows, locale);
      return new Map(seen.map((link, i) => [rows[i].id, link]));
    },

    /** A story's links in a locale, in editor order, as stored (by id: an owner filter scans). */
    async rowsOf(documentId: string, locale: string): Promise<LinkRow[]> {
      return links().findMany({
        where: { id: { $in: await linkGraph(strapi).linkIdsOf(documentId, locale) } },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: LINK_FIELDS,
      });
    },

    /** One link in a locale as editors see it, or null. */
    async editorLink(documentId: string, locale: string): Promise<EditorLink | null> {
      const row = await links().findOne({ where: { documentId, locale }, select: LINK_FIELDS });
      return row ? (await asEditorLinks([row], locale))[0] : null;
    },

    asEditorLinks,

    /** Whether `from` already links to `to` in a locale. */
    async linksTo(from: string, to: string, locale: string) {
      return (
        (await links().count({
          where: { locale, targetDocumentId: to, article: { documentId: from } },
        })) > 0
      );
    },

    /** The documentId of the story a link belongs to (in `locale`, or any), or null. */
    async ownerOf(linkDocumentId: string, locale?: string): Promise<string | null> {
      const row = await links().findOne({
        where: { documentId: linkDocumentId, ...localeWhere(locale) },
        populate: { article: { select: ['documentId'] } },
      });
      return row?.article?.documentId ?? null;
    },

    /** A link in a locale with its two ends, as its write rules read it, or null. */
    async stored(documentId: string, locale: string): Promise<StoredLink | null> {
      return links().findOne({
        where: { documentId, locale },
        populate: { article: { select: ['documentId'] }, target: { select: ['documentId'] } },
      });
    },

    /**
     * Whether `articleId` already has another link (not `exceptDocumentId`) in the locale to
     * `targetId`, or, without a target, to `externalUrl`.
     */
    async repeats(
      articleId: string,
      locale: string,
      to: { targetId: string | null; externalUrl: string | null },
      exceptDocumentId?: string
    ): Promise<boolean> {
      const where = {
        locale,
        article: { documentId: articleId },
        ...(to.targetId ? { targetDocumentId: to.targetId } : { externalUrl: to.externalUrl }),
        ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
      };
      return (await links().count({ where })) > 0;
    },

    /** The highest position among a story's links in a locale, or null when it has none. */
    async lastPosition(articleId: string, locale: string): Promise<number | null> {
      const last = await links().findOne({
        where: { locale, article: { documentId: articleId } },
        orderBy: { position: 'desc' },
        select: ['position'],
      });
      return last ? (last.position ?? 0) : null;
    },

    /** The links a story owns (each locale version of each), in the locale(s) named. */
    async ownedBy(
      articleId: string,
      locale: string | string[] | undefined
    ): Promise<Array<{ documentId: string; locale: string }>> {
      return links().findMany({
        where: { article: { documentId: articleId }, ...localeWhere(locale) },
        select: ['documentId', 'locale'],
      });
    },

    /** The documentIds among `documentIds` whose links a reader can follow. */
    async readableIds(documentIds: string[]): Promise<Set<string>> {
      if (documentIds.length === 0) return new Set();
      const rows: Array<{ documentId: string }> = await links().findMany({
        where: { documentId: { $in: documentIds }, ...readableLinkFilter() },
        select: ['documentId'],
      });
      return new Set(rows.map((row) => row.documentId));
    },
  };
};
