import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useQueryParams } from '@strapi/strapi/admin';

import { UID } from '../../../../shared/contracts/uids';
import { useT } from '../../hooks/useT';
import { CrossLinksPanel } from './CrossLinksPanel';

type LocaleQuery = { plugins?: { i18n?: { locale?: string } } };

/**
 * The "Cross-links" side panel of the content manager's edit view, for articles only. The
 * content manager renders this as a component returning `{ title, content }` (or null).
 */
export const CrossLinksPanelDescription: PanelComponent = ({ model, documentId, document }) => {
  const t = useT();
  // A new story has no document yet: its locale is the one the edit view was opened in.
  const [{ query }] = useQueryParams<LocaleQuery>();
  if (model !== UID.article) return null;
  const locale =
    typeof document?.locale === 'string' ? document.locale : query.plugins?.i18n?.locale;
  return {
    title: t('panel.title'),
    content: <CrossLinksPanel documentId={document ? documentId : undefined} locale={locale} />,
  };
};
