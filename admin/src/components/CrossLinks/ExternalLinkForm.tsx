import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { useState, type FormEvent } from 'react';

import { useT } from '../../hooks/useT';
import type { NewLink } from './useCrossLinks';

/** Adds a link to a page outside the newsroom (URL and link text). */
export const ExternalLinkForm = ({ onLink }: { onLink: (link: NewLink) => Promise<boolean> }) => {
  const t = useT();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await onLink({ externalUrl: url.trim(), title: title.trim(), origin: 'editor' });
    if (done) {
      setUrl('');
      setTitle('');
    }
  };

  return (
    <form onSubmit={submit} data-testid="newsroom-external-form">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" tag="h3">
          {t('external.title')}
        </Typography>
        <Field.Root name="newsroom-external-url" required>
          <Field.Label>{t('external.url')}</Field.Label>
          <Field.Input
            type="url"
            value={url}
            placeholder="https://"
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUrl(event.target.value)}
          />
        </Field.Root>
        <Field.Root name="newsroom-external-title" required>
          <Field.Label>{t('external.linkTitle')}</Field.Label>
          <Field.Input
            value={title}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)}
          />
        </Field.Root>
        <Button type="submit" variant="secondary" size="S" disabled={!url.trim() || !title.trim()}>
          {t('external.add')}
        </Button>
      </Flex>
    </form>
  );
};
