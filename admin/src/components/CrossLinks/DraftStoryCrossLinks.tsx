import { Divider, Typography } from '@strapi/design-system';

import type { EditForm } from '../../hooks/useEditForm';
import { useT } from '../../hooks/useT';
import { AnchorList } from './AnchorList';
import { PanelMessage } from './PanelMessage';
import { SuggestionList } from './SuggestionList';
import { useWritingAid } from './useWritingAid';

type DraftStoryCrossLinksProps = { locale?: string; form: EditForm; canManage: boolean };

/**
 * A story never saved: suggestions and anchors follow its text as the editor writes. Stories
 * can be linked only once it is saved (a link needs both ends); phrases can be linked now.
 */
export const DraftStoryCrossLinks = ({ locale, form, canManage }: DraftStoryCrossLinksProps) => {
  const t = useT();
  const aid = useWritingAid({ locale }, form);
  if (!aid.hasText) {
    return (
      <Typography variant="omega" textColor="neutral600" data-testid="newsroom-draft-hint">
        {t('draft.hint')}
      </Typography>
    );
  }
  return (
    <>
      <AnchorList
        anchors={aid.anchors}
        form={form}
        locale={locale}
        canApply={canManage && !form.disabled}
      />
      <Divider />
      <SuggestionList
        suggestions={aid.suggestions}
        note={<PanelMessage>{t('panel.saveToLink')}</PanelMessage>}
      />
    </>
  );
};
