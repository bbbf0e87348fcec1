import { Link } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { useT } from '../hooks/useT';
import { editViewPath } from '../utils/urls';

type StoryLinkProps = {
  documentId: string;
  locale?: string | null;
  title: string | null;
  testId?: string;
};

/** A story's headline that opens the story in the content manager's edit view. */
export const StoryLink = ({ documentId, locale, title, testId }: StoryLinkProps) => {
  const t = useT();
  return (
    <Link tag={RouterLink} to={editViewPath(documentId, locale)} data-testid={testId}>
      {title || t('common.untitled')}
    </Link>
  );
};
