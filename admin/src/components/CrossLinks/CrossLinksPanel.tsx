import { Checkbox, Divider, Flex, Loader, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';

import type { StoryRef } from '../../api';
import { useT } from '../../hooks/useT';
import { PANEL_PERMISSIONS } from '../../permissions';
import { ExternalLinkForm } from './ExternalLinkForm';
import { LinkList } from './LinkList';
import { StorySearch } from './StorySearch';
import { SuggestionList } from './SuggestionList';
import { useCrossLinks } from './useCrossLinks';

const Message = ({ children }: { children: string }) => (
  <Typography variant="omega" textColor="neutral600" data-testid="newsroom-panel-message">
    {children}
  </Typography>
);

/** The cross-links of a saved story: its links, suggestions, search and external links. */
const SavedStoryCrossLinks = ({ story, canManage }: { story: StoryRef; canManage: boolean }) => {
  const t = useT();
  const crossLinks = useCrossLinks(story);
  const [reverse, setReverse] = useState(false);
  return (
    <>
      <LinkList crossLinks={crossLinks} locale={story.locale} canManage={canManage} />
      <Divider />
      {canManage && (
        <Checkbox
          checked={reverse}
          onCheckedChange={(checked: boolean | 'indeterminate') => setReverse(checked === true)}
          data-testid="newsroom-reverse"
        >
          {t('suggestions.reverse')}
        </Checkbox>
      )}
      <SuggestionList crossLinks={crossLinks} canManage={canManage} reverse={reverse} />
      {canManage && (
        <>
          <Divider />
          <StorySearch story={story} onLink={crossLinks.addLink} reverse={reverse} />
          <Divider />
          <ExternalLinkForm onLink={crossLinks.addLink} />
        </>
      )}
      {!canManage && <Message>{t('panel.readOnly')}</Message>}
    </>
  );
};

type CrossLinksPanelProps = { documentId?: string; locale?: string };

/** Side panel of the article edit view (see `CrossLinksPanelDescription`). */
export const CrossLinksPanel = ({ documentId, locale }: CrossLinksPanelProps) => {
  const t = useT();
  const { allowedActions, isLoading } = useRBAC(PANEL_PERMISSIONS);
  let content;
  if (!documentId) content = <Message>{t('panel.unsaved')}</Message>;
  else if (isLoading) content = <Loader small>{t('common.loading')}</Loader>;
  else if (!allowedActions.canRead) content = <Message>{t('panel.forbidden')}</Message>;
  else {
    content = (
      <SavedStoryCrossLinks
        story={{ documentId, locale }}
        canManage={Boolean(allowedActions.canManage)}
      />
    );
  }
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      width="100%"
      data-testid="newsroom-cross-links-panel"
    >
      {content}
    </Flex>
  );
};
