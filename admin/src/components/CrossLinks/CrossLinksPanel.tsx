import { Flex, Loader } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';

import { useEditForm } from '../../hooks/useEditForm';
import { useT } from '../../hooks/useT';
import { PANEL_PERMISSIONS } from '../../permissions';
import { DraftStoryCrossLinks } from './DraftStoryCrossLinks';
import { PanelMessage } from './PanelMessage';
import { SavedStoryCrossLinks } from './SavedStoryCrossLinks';

type CrossLinksPanelProps = { documentId?: string; locale?: string };

/** Side panel of the article edit view (see `CrossLinksPanelDescription`). */
export const CrossLinksPanel = ({ documentId, locale }: CrossLinksPanelProps) => {
  const t = useT();
  const form = useEditForm();
  const { allowedActions, isLoading } = useRBAC(PANEL_PERMISSIONS);
  const canManage = Boolean(allowedActions.canManage);
  let content;
  if (!documentId && !form) content = <PanelMessage>{t('panel.unsaved')}</PanelMessage>;
  else if (isLoading) content = <Loader small>{t('common.loading')}</Loader>;
  else if (!allowedActions.canRead) content = <PanelMessage>{t('panel.forbidden')}</PanelMessage>;
  else if (!documentId && form) {
    content = <DraftStoryCrossLinks locale={locale} form={form} canManage={canManage} />;
  } else {
    content = (
      <SavedStoryCrossLinks
        story={{ documentId: documentId as string, locale }}
        form={form}
        canManage={canManage}
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
