import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { useState, type KeyboardEvent } from 'react';

import { useT } from '../../hooks/useT';
import type { NewLink } from './useCrossLinks';

/**
 * Adds a link to a page outside the newsroom (URL and link text). Not a <form>: the panel sits
 * inside the edit view's form, and Enter here must add the link, not save the story.
 */
export const ExternalLinkForm = ({ onLink }: { onLink: (link: NewLink) => Promise<boolean> }) => {
  const t = useT();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');

  const canSubmit = Boolean(url.trim() && title.trim());
  const submit = async () => {
    if (!canSubmit) return;
    const done = await onLink({ externalUrl: url.trim(), title: title.trim(), origin: 'editor' });
    if (done) {
      setUrl('');
      setTitle('');
    }
  };

  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void submit();
  };

  return (
    <div role="group" aria-label={t('external.title')} data-testid="newsroom-external-form">
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
            onKeyDown={submitOnEnter}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUrl(event.target.value)}
          />
        </Field.Root>
        <Field.Root name="newsroom-external-title" required>
          <Field.Label>{t('external.linkTitle')}</Field.Label>
          <Field.Input
            value={title}
            onKeyDown={submitOnEnter}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTitle(event.target.value)}
          />
        </Field.Root>
        <Button variant="secondary" size="S" disabled={!canSubmit} onClick={() => void submit()}>
          {t('external.add')}
        </Button>
      </Flex>
    </div>
  );
};
