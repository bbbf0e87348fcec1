import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { linkLabel } from '../utils/link-label';

/** Links relabelled a query, and target headlines read a query. */
const PAGE = 500;

type LabelRow = {
  id: number;
  locale: string;
  kind: string | null;
  title: string | null;
  externalUrl: string | null;
  targetDocumentId: string | null;
  label: string | null;
};

/**
 * The stored `label` of related-news entries (their Content Manager main field), recomputed
 * from each link and its target's current headline (the latest edit: the draft version).
 * Rows whose label is already right are not written.
 */
export const linkLabels = (strapi: Core.Strapi) => {
  const links = () => strapi.db.query(UID.relatedNews);

  /** The headlines (latest edit) of stories, by `documentId:locale`. */
  const headlines = async (stories: Array<{ documentId: string | null; locale: string }>) => {
    const found = new Map<string, string>();
    for (const locale of new Set(stories.map((story) => story.locale))) {
      const ids = [
        ...new Set(
          stories
            .filter((story) => story.locale === locale && story.documentId)
            .map((story) => story.documentId as string)
        ),
      ];
      if (ids.length === 0) continue;
      const articles = (await strapi.db.query(UID.article).findMany({
        where: { documentId: { $in: ids }, locale, publishedAt: null },
        select: ['documentId', 'title'],
      })) as Array<{ documentId: string; title: string }>;
      for (const article of articles) found.set(`${article.documentId}:${locale}`, article.title);
    }
    return found;
  };

  return {
    headlines,

    /** Recomputes the labels of the links `where` selects; answers how many changed. */
    async refresh(where: Record<string, unknown>) {
      let changed = 0;
      for (let after = 0; ;) {
        const rows = (await links().findMany({
          where: { $and: [where, { id: { $gt: after } }] },
          orderBy: { id: 'asc' },
          limit: PAGE,
          select: ['id', 'locale', 'kind', 'title', 'externalUrl', 'targetDocumentId', 'label'],
        })) as LabelRow[];
        if (rows.length === 0) return changed;
        const titles = await headlines(
          rows.map((row) => ({ documentId: row.targetDocumentId, locale: row.locale }))
        );
        for (const row of rows) {
          const targetTitle = titles.get(`${row.targetDocumentId}:${row.locale}`) ?? null;
          const label = linkLabel({ ...row, targetTitle });
          if (label === row.label) continue;
          await links().update({ where: { id: row.id }, data: { label } });
          changed += 1;
        }
        if (rows.length < PAGE) return changed;
        after = rows[rows.length - 1].id;
      }
    },

    /** The label of one link in a locale (null: no such link). */
    async labelOf(documentId: string, locale: string): Promise<string | null> {
      const row = await links().findOne({ where: { documentId, locale }, select: ['label'] });
      return row?.label ?? null;
    },
  };
};
