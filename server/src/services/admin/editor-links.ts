import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  CreateLinkBody,
  CreateLinkResponse,
  EditorLink,
  UpdateLinkBody,
} from '../../../../shared/contracts/admin';
import { type LinkKind, UID } from '../../../../shared/contracts/uids';
import { articleRepository } from '../../repositories/articles';
import { linkRepository } from '../../repositories/links';
import { fieldError } from '../../utils/validation';
import type { StoryAccess } from './story-access';

/** A background story links back with a follow-up, and the other way round. */
const REVERSE_KIND: Partial<Record<LinkKind, LinkKind>> = {
  background: 'follow-up',
  'follow-up': 'background',
};

/** Only the keys that were given: the Document Service reads a present key as a change. */
const given = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/**
 * The cross-links panel: a story's links, read with their state and written through the
 * Document Service, whose related-news middleware checks every write and drops cached lists.
 * Each method takes the user's `StoryAccess`: a story's links are read by those who may read it
 * in the Content Manager and changed by those who may update it; a target they may not read is
 * never linked to, nor shown (`target: null`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(UID.relatedNews);
  const links = linkRepository(strapi);

  const requireStory = async (documentId: string, locale: string) => {
    if (!(await articleRepository(strapi).exists(documentId, locale))) {
      throw new errors.NotFoundError(
        `No article has the documentId "${documentId}" in "${locale}"`
      );
    }
  };

  const findLink = async (documentId: string, locale: string): Promise<EditorLink> => {
    const link = await links.editorLink(documentId, locale);
    if (!link) {
      throw new errors.NotFoundError(`No link has the documentId "${documentId}" in "${locale}"`);
    }
    return link;
  };

  /** Links with their targets as the user may see them (null: a story they may not read). */
  const show = (list: EditorLink[], locale: string, access: StoryAccess) =>
    access.showNested(list, 'target', locale);

  /** The story a link belongs to, which the user must be allowed to update. */
  const requireOwner = async (linkDocumentId: string, locale: string, access: StoryAccess) => {
    const owner = await links.ownerOf(linkDocumentId);
    await access.require('update', [owner], locale);
  };

  return {
    async list(documentId: string, locale: string, access: StoryAccess): Promise<EditorLink[]> {
      await requireStory(documentId, locale);
      await access.require('read', [documentId], locale);
      const found = await links.asEditorLinks(await links.rowsOf(documentId, locale), locale);
      return show(found, locale, access);
    },

    /**
     * Creates a link and, with `reverse`, the link back from its target (unless there is one):
     * both in one transaction, so a reverse that fails leaves no forward link either.
     */
    async create(
      body: CreateLinkBody & { locale: string },
      access: StoryAccess
    ): Promise<CreateLinkResponse> {
      const { article, locale, target, reverse, ...rest } = body;
      if (reverse && !target) throw fieldError('reverse', 'needs a target story to link back');
      await access.require('update', [article, reverse ? target : null], locale);
      await access.require('read', [target], locale);
      const written = await strapi.db.transaction(async () => {
        const link = (await documents().create({
          locale,
          data: given({ article, target, ...rest, origin: rest.origin ?? 'editor' }),
        })) as { documentId: string };
        if (!reverse || !target) return { link, back: null };
        if (await links.linksTo(target, article, locale)) return { link, back: null };
        const kind = rest.kind ?? 'read-also';
        const back = (await documents().create({
          locale,
          data: {
            article: target,
            target: article,
            kind: REVERSE_KIND[kind] ?? kind,
            origin: 'reciprocal',
          },
        })) as { documentId: string };
        return { link, back };
      });
      const [data] = await show([await findLink(written.link.documentId, locale)], locale, access);
      const back = written.back ? await findLink(written.back.documentId, locale) : null;
      return { data, meta: { reverse: back ? (await show([back], locale, access))[0] : null } };
    },

    /**
     * Changes a link's kind, target and/or place in the body; a new target makes it the
     * editor's own link.
     */
    async update(
      documentId: string,
      body: UpdateLinkBody & { locale: string },
      access: StoryAccess
    ) {
      const { locale, kind, target, afterBlock } = body;
      await findLink(documentId, locale);
      await requireOwner(documentId, locale, access);
      await access.require('read', [target], locale);
      const data = given({ kind, afterBlock });
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
        await documents().update({ documentId, locale, data });
      }
      return (await show([await findLink(documentId, locale)], locale, access))[0];
    },

    /** Puts a story's links in the given order: `order` must list each of them once. */
    async reorder(documentId: string, locale: string, order: string[], access: StoryAccess) {
      await requireStory(documentId, locale);
      await access.require('update', [documentId], locale);
      const rows = await links.rowsOf(documentId, locale);
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
          const data: Record<string, unknown> = { position };
          await documents().update({ documentId: linkId, locale, data });
        }
      });
      const found = await links.asEditorLinks(await links.rowsOf(documentId, locale), locale);
      return show(found, locale, access);
    },

    async remove(documentId: string, locale: string, access: StoryAccess) {
      await findLink(documentId, locale);
      await requireOwner(documentId, locale, access);
      await documents().delete({ documentId, locale });
      return { documentId };
    },
  };
};
