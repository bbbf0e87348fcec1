import { screen } from '@testing-library/react';

import { EmbargoPanelDescription } from '../../admin/src/components/EmbargoPanel';
import { renderAdmin } from './support/render';

const ARTICLE = 'plugin::newsroom.article';
type Props = Parameters<typeof EmbargoPanelDescription>[0];

/** Renders the panel as the Content Manager's edit view does: its title, then its content. */
const Panel = (props: { model: string; document?: Record<string, unknown> }) => {
  const panel = EmbargoPanelDescription({
    activeTab: 'draft',
    collectionType: 'collection-types',
    documentId: 'doc1',
    meta: undefined,
    ...props,
  } as unknown as Props);
  if (!panel) return <p data-testid="no-panel" />;
  return (
    <section>
      <h2>{panel.title}</h2>
      {panel.content}
    </section>
  );
};

const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();

describe('edit view: the embargo panel', () => {
  it('says "Embargoed until …" while the embargo is ahead', () => {
    renderAdmin(<Panel model={ARTICLE} document={{ embargoUntil: inAnHour }} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Embargo');
    expect(screen.getByText(/^Embargoed until /)).toBeVisible();
    expect(screen.getByText(/Readers see the story from this time on/)).toBeVisible();
  });

  it('says the embargo ended once it has passed', () => {
    renderAdmin(<Panel model={ARTICLE} document={{ embargoUntil: anHourAgo }} />);
    expect(screen.getByText(/^Embargo ended /)).toBeVisible();
    expect(screen.queryByText(/^Embargoed until /)).toBeNull();
  });

  it('is in Ukrainian for a Ukrainian admin', () => {
    renderAdmin(<Panel model={ARTICLE} document={{ embargoUntil: inAnHour }} />, {
      locale: 'uk',
    });
    expect(screen.getByText(/^Під ембарго до /)).toBeVisible();
  });

  it('is absent for a story without an embargo', () => {
    renderAdmin(<Panel model={ARTICLE} document={{ embargoUntil: null }} />);
    expect(screen.getByTestId('no-panel')).toBeInTheDocument();
  });

  it('is absent for another content type', () => {
    renderAdmin(<Panel model="plugin::newsroom.tag" document={{ embargoUntil: inAnHour }} />);
    expect(screen.getByTestId('no-panel')).toBeInTheDocument();
  });
});
