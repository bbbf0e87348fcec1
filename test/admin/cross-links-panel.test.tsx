import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CrossLinksPanel } from '../../admin/src/components/CrossLinks/CrossLinksPanel';
import { badRequest, mockApi, pending, resetMockApi } from './support/api';
import { link, story, suggestion } from './support/fixtures';
import { renderAdmin } from './support/render';
import { setAllowedActions, toggleNotification } from './support/strapi-admin';

jest.mock('../../admin/src/api', () => ({
  useNewsroomApi: () => jest.requireActual('./support/api').mockApi,
}));

const STORY = { documentId: 'story-1', locale: 'en' };
const nato = story('nato-2', 'NATO summit opens in Vilnius');
const kyiv = story('kyiv-3', 'Kyiv prepares for winter');

const renderPanel = (props = STORY) => renderAdmin(<CrossLinksPanel {...props} />);

beforeEach(() => {
  resetMockApi();
  toggleNotification.mockReset();
  setAllowedActions({ canRead: true, canManage: true });
  mockApi.getLinks.mockResolvedValue([]);
  mockApi.getSuggestions.mockResolvedValue([]);
});

describe('cross-links panel: states', () => {
  it('asks to save a new story first and calls no API', () => {
    renderPanel({ documentId: undefined, locale: 'en' } as never);
    expect(screen.getByTestId('newsroom-panel-message')).toHaveTextContent(
      'Save the story to cross-link it'
    );
    expect(mockApi.getLinks).not.toHaveBeenCalled();
  });

  it('shows loading while the links and suggestions load', () => {
    mockApi.getLinks.mockReturnValue(pending());
    mockApi.getSuggestions.mockReturnValue(pending());
    renderPanel();
    expect(screen.getAllByText('Loading…')).toHaveLength(2);
    expect(mockApi.getLinks).toHaveBeenCalledWith(STORY);
    expect(mockApi.getSuggestions).toHaveBeenCalledWith(STORY);
  });

  it('shows empty states when the story has no links and no suggestions', async () => {
    renderPanel();
    expect(await screen.findByText('This story links to no other story yet.')).toBeVisible();
    expect(await screen.findByText('No suggestions for this story.')).toBeVisible();
  });

  it('shows an error with a retry that loads again', async () => {
    mockApi.getLinks.mockRejectedValueOnce(new Error('Network down'));
    renderPanel();
    const links = await screen.findByTestId('newsroom-links');
    expect(await within(links).findByText(/Could not load the data/)).toBeVisible();
    mockApi.getLinks.mockResolvedValue([link('l1', nato)]);
    await userEvent.click(within(links).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('newsroom-link-row-l1')).toHaveTextContent(nato.title);
  });

  it('tells a user without the suggestions permission, and loads nothing', () => {
    setAllowedActions({ canRead: false, canManage: false });
    renderPanel();
    expect(screen.getByTestId('newsroom-panel-message')).toHaveTextContent('not allowed');
    expect(mockApi.getLinks).not.toHaveBeenCalled();
  });

  it('is read-only without the manage permission', async () => {
    setAllowedActions({ canRead: true, canManage: false });
    mockApi.getLinks.mockResolvedValue([link('l1', nato)]);
    mockApi.getSuggestions.mockResolvedValue([suggestion('kyiv-3', kyiv.title)]);
    renderPanel();
    const row = await screen.findByTestId('newsroom-link-row-l1');
    expect(within(row).getByText('Read also')).toBeVisible();
    expect(await screen.findByTestId('newsroom-suggestion-kyiv-3')).toBeVisible();
    expect(screen.queryByRole('button', { name: /link|remove|dismiss|move/i })).toBeNull();
    expect(screen.queryByTestId('newsroom-search')).toBeNull();
    expect(screen.queryByTestId('newsroom-external-form')).toBeNull();
    expect(screen.getByText('Read only: your role cannot change links.')).toBeVisible();
  });
});

describe('cross-links panel: links', () => {
  it('lists links with headlines that open the edit view, broken ones marked', async () => {
    mockApi.getLinks.mockResolvedValue([
      link('l1', nato),
      link('l2', null, { state: 'deleted', targetDocumentId: 'gone-9' }),
      link('l3', kyiv, { state: 'unpublished', kind: 'background' }),
    ]);
    renderPanel();
    expect(await screen.findByTestId('newsroom-link-row-l2')).toHaveAttribute(
      'data-state',
      'deleted'
    );
    expect(screen.getByTestId('newsroom-link-row-l2')).toHaveTextContent('Target deleted');
    expect(screen.getByTestId('newsroom-link-row-l2')).toHaveTextContent('Deleted story (gone-9)');
    expect(screen.getByTestId('newsroom-link-row-l3')).toHaveTextContent('Target unpublished');
    expect(screen.getByTestId('newsroom-link-row-l1')).not.toHaveTextContent('Target');

    await userEvent.click(screen.getByRole('link', { name: nato.title }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/content-manager/collection-types/plugin::newsroom.article/nato-2?plugins[i18n][locale]=en'
    );
  });

  it('removes a link and updates the list', async () => {
    mockApi.getLinks.mockResolvedValue([link('l1', nato), link('l2', kyiv)]);
    mockApi.deleteLink.mockResolvedValue(undefined);
    renderPanel();
    await userEvent.click(
      await screen.findByRole('button', { name: `Remove link to ${nato.title}` })
    );
    expect(mockApi.deleteLink).toHaveBeenCalledWith('l1', 'en');
    await waitFor(() => expect(screen.queryByTestId('newsroom-link-row-l1')).toBeNull());
    expect(screen.getByTestId('newsroom-link-row-l2')).toBeVisible();
  });

  it('moves a link down and saves the new order', async () => {
    const links = [link('l1', nato), link('l2', kyiv)];
    mockApi.getLinks.mockResolvedValue(links);
    mockApi.reorderLinks.mockResolvedValue([links[1], links[0]]);
    renderPanel();
    const first = await screen.findByTestId('newsroom-link-row-l1');
    await userEvent.click(within(first).getByRole('button', { name: 'Move down' }));
    expect(mockApi.reorderLinks).toHaveBeenCalledWith(STORY, ['l2', 'l1']);
    const rows = screen.getAllByTestId(/^newsroom-link-row-/);
    expect(rows.map((row) => row.dataset.testid)).toEqual([
      'newsroom-link-row-l2',
      'newsroom-link-row-l1',
    ]);
  });

  it('shows the server message of a 400 and reloads the links', async () => {
    mockApi.getLinks.mockResolvedValue([link('l1', nato)]);
    mockApi.deleteLink.mockRejectedValue(badRequest('link: no related-news entry "l1" in "en"'));
    renderPanel();
    await userEvent.click(
      await screen.findByRole('button', { name: `Remove link to ${nato.title}` })
    );
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'link: no related-news entry "l1" in "en"',
      })
    );
    expect(await screen.findByTestId('newsroom-link-row-l1')).toBeVisible();
    expect(mockApi.getLinks).toHaveBeenCalledTimes(2);
  });
});
