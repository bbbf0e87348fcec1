import { Button, Flex, Loader, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

import { useT } from '../hooks/useT';

type LoadStateProps = {
  isLoading: boolean;
  error: unknown;
  onRetry?: () => void;
  isEmpty: boolean;
  emptyMessage: string;
  children: ReactNode;
};

/** Loading, error and empty states of a list, then the list itself. */
export const LoadState = ({
  isLoading,
  error,
  onRetry,
  isEmpty,
  emptyMessage,
  children,
}: LoadStateProps) => {
  const t = useT();
  if (isLoading) return <Loader small>{t('common.loading')}</Loader>;
  if (error) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={1} role="alert">
        <Typography textColor="danger600">{t('common.error')}</Typography>
        {onRetry && (
          <Button size="S" variant="tertiary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Flex>
    );
  }
  if (isEmpty) return <Typography textColor="neutral600">{emptyMessage}</Typography>;
  return <>{children}</>;
};
