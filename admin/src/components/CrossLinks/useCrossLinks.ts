import { useNotification } from '@strapi/strapi/admin';
import { useCallback } from 'react';

import type { CreateLinkBody, EditorLink } from '../../../../shared/contracts/admin';
import type { LinkKind } from '../../../../shared/contracts/uids';
import type { Suggestion } from '../../../../shared/contracts/related';
import { useNewsroomApi, type StoryRef } from '../../api';
import { useRequest, type RequestState } from '../../hooks/useRequest';
import { useT } from '../../hooks/useT';
import { errorMessage } from '../../utils/errors';

export type NewLink = Omit<CreateLinkBody, 'article' | 'locale'>;

/**
 * A saved story's links and the writes an editor makes on them and on the suggestions (loaded
 * by `useWritingAid`). Every write shows the server's message when it fails and leaves the
 * lists as the server has them.
 */
export const useCrossLinks = (
  { documentId, locale }: StoryRef,
  suggestions: RequestState<Suggestion[]>
) => {
  const api = useNewsroomApi();
  const t = useT();
  const { toggleNotification } = useNotification();

  const loadLinks = useCallback(
    () => api.getLinks({ documentId, locale }),
    [api, documentId, locale]
  );
  const links = useRequest<EditorLink[]>(loadLinks);

  /** Runs a write; on failure tells the editor why and reloads what may have changed. */
  const write = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        return true;
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessage(error) ?? t('panel.failed') });
        await Promise.all([links.reload(), suggestions.reload()]);
        return false;
      }
    },
    [links, suggestions, t, toggleNotification]
  );

  const addLink = useCallback(
    async (link: NewLink) => {
      const done = await write(() => api.createLink({ article: documentId, locale, ...link }));
      if (done) await Promise.all([links.reload(), suggestions.reload()]);
      return done;
    },
    [api, documentId, locale, links, suggestions, write]
  );

  const removeLink = (link: EditorLink) => {
    links.setData((current) => current?.filter((l) => l.documentId !== link.documentId));
    return write(async () => {
      await api.deleteLink(link.documentId, locale);
      await suggestions.reload();
    });
  };

  const changeKind = (link: EditorLink, kind: LinkKind) => {
    links.setData((current) =>
      current?.map((l) => (l.documentId === link.documentId ? { ...l, kind } : l))
    );
    return write(() => api.updateLink(link.documentId, { locale, kind }));
  };

  const move = (link: EditorLink, offset: -1 | 1) => {
    const current = links.data ?? [];
    const from = current.findIndex((l) => l.documentId === link.documentId);
    const to = from + offset;
    if (from < 0 || to < 0 || to >= current.length) return Promise.resolve(false);
    const reordered = [...current];
    [reordered[from], reordered[to]] = [reordered[to], reordered[from]];
    links.setData(() => reordered);
    return write(async () => {
      const saved = await api.reorderLinks(
        { documentId, locale },
        reordered.map((l) => l.documentId)
      );
      links.setData(() => saved);
    });
  };

  /** Places the link after the body's top-level block `afterBlock` (null: after the body). */
  const place = (link: EditorLink, afterBlock: number | null) => {
    links.setData((current) =>
      current?.map((l) => (l.documentId === link.documentId ? { ...l, afterBlock } : l))
    );
    return write(() => api.updateLink(link.documentId, { locale, afterBlock }));
  };

  const dismiss = (suggestion: Suggestion) => {
    const target = suggestion.article.documentId;
    suggestions.setData((current) => current?.filter((s) => s.article.documentId !== target));
    return write(() => api.dismissSuggestion({ article: documentId, target, locale }));
  };

  return { links, suggestions, addLink, removeLink, changeKind, move, place, dismiss };
};

export type CrossLinks = ReturnType<typeof useCrossLinks>;
