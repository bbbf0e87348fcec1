import { Checkbox, Divider, Typography } from '@strapi/design-system';
import { useState } from 'react';

import type { Anchor } from '../../../../shared/contracts/writing';
import type { StoryRef } from '../../api';
import type { EditForm } from '../../hooks/useEditForm';
import { useT } from '../../hooks/useT';
import { blockCount } from '../../utils/link-phrase';
import { AnchorList } from './AnchorList';
import { ExternalLinkForm } from './ExternalLinkForm';
import { LinkList } from './LinkList';
import { PanelMessage } from './PanelMessage';
import { StorySearch } from './StorySearch';
import { SuggestionList } from './SuggestionList';
import { useCrossLinks } from './useCrossLinks';
import { useWritingAid } from './useWritingAid';

type SavedStoryCrossLinksProps = { story: StoryRef; form: EditForm | null; canManage: boolean };

/** A saved story: its links, phrases to link in the text, suggestions, search, external links. */
export const SavedStoryCrossLinks = ({ story, form, canManage }: SavedStoryCrossLinksProps) => {
  const t = useT();
  const aid = useWritingAid(story, form);
  const crossLinks = useCrossLinks(story, aid.suggestions);
  const [reverse, setReverse] = useState(false);

  /** An anchor's target joins the story's links, unless it is there already. */
  const addRelated = async (anchor: Anchor) => {
    const target = anchor.target.documentId;
    if (crossLinks.links.data?.some((link) => link.targetDocumentId === target)) return;
    await crossLinks.addLink({ target, origin: 'suggestion', score: anchor.score });
  };

  return (
    <>
      <LinkList
        crossLinks={crossLinks}
        locale={story.locale}
        canManage={canManage}
        blocks={blockCount(form?.values.body)}
      />
      <Divider />
      {form && (
        <>
          <AnchorList
            anchors={aid.anchors}
            form={form}
            locale={story.locale}
            canApply={canManage && !form.disabled}
            addRelated={canManage ? addRelated : undefined}
          />
          <Divider />
        </>
      )}
      {canManage && (
        <Checkbox
          checked={reverse}
          onCheckedChange={(checked: boolean | 'indeterminate') => setReverse(checked === true)}
          data-testid="newsroom-reverse"
        >
          {t('suggestions.reverse')}
        </Checkbox>
      )}
      <SuggestionList
        suggestions={crossLinks.suggestions}
        note={
          aid.isDraft ? (
            <Typography variant="pi" textColor="neutral600" data-testid="newsroom-draft-note">
              {t('draft.unsaved')}
            </Typography>
          ) : undefined
        }
        actions={
          canManage
            ? {
                onLink: (suggestion) =>
                  void crossLinks.addLink({
                    target: suggestion.article.documentId,
                    origin: 'suggestion',
                    score: suggestion.score,
                    reverse,
                  }),
                onDismiss: (suggestion) => void crossLinks.dismiss(suggestion),
              }
            : undefined
        }
      />
      {canManage && (
        <>
          <Divider />
          <StorySearch story={story} onLink={crossLinks.addLink} reverse={reverse} />
          <Divider />
          <ExternalLinkForm onLink={crossLinks.addLink} />
        </>
      )}
      {!canManage && <PanelMessage>{t('panel.readOnly')}</PanelMessage>}
    </>
  );
};
