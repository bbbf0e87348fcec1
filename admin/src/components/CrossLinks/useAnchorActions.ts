import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import type { Anchor } from '../../../../shared/contracts/writing';
import type { EditForm } from '../../hooks/useEditForm';
import type { RequestState } from '../../hooks/useRequest';
import { useT } from '../../hooks/useT';
import { linkPhrase } from '../../utils/link-phrase';
import { articleSitePath } from '../../utils/urls';

type AnchorActionsArgs = {
  form: EditForm;
  locale?: string;
  anchors: RequestState<Anchor[]>;
  /** Adds the anchor's target to the story's links (saved stories, "Manage links"). */
  addRelated?: (anchor: Anchor) => Promise<unknown>;
};

/**
 * Turns an anchor's phrase into a link in the edit form's body (the editor saves it with the
 * story), and takes the last one back while the body is still what it made.
 */
export const useAnchorActions = ({ form, locale, anchors, addRelated }: AnchorActionsArgs) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [last, setLast] = useState<{ before: unknown; after: unknown } | null>(null);

  const apply = async (anchor: Anchor, alsoRelated: boolean) => {
    const before = form.values.body;
    const result = linkPhrase(before, anchor, articleSitePath(anchor.target, locale));
    if (!result.ok) {
      toggleNotification({ type: 'warning', message: t(`anchors.refused.${result.reason}`) });
      // The text moved on since the anchors were found: find them again in the current text.
      if (result.reason === 'changed') await anchors.reload();
      return;
    }
    form.setBody(result.body);
    setLast({ before, after: result.body });
    if (alsoRelated && addRelated) await addRelated(anchor);
  };

  const canUndo = last !== null && form.values.body === last.after;
  const undo = () => {
    if (!last || !canUndo) return;
    form.setBody(last.before);
    setLast(null);
  };

  return { apply, undo: canUndo ? undo : undefined };
};
