import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CrossLinksPanel } from '../../admin/src/components/CrossLinks/CrossLinksPanel';
import { badRequest, mockApi, resetMockApi } from './support/api';
import { link, story, suggestion } from './support/fixtures';
import { renderAdmin } from './support/render';
import { setAllowedActions, toggleNotification } from './support/strapi-admin';

jest.mock('../../admin/src/api', () => ({
  useNewsroomApi: () => jest.requireActual('./support/api').mockApi,
}));

const STORY = { documentId: 'story-1', locale: 'en' };
const summit = suggestion('nato-2', 'NATO summit opens in Vilnius', {
  score: 0.82,
  reasons: [
    { type: 'tags', tags: ['Ukraine – NATO', 'NATO summit'] },
    { type: 'author', authors: ['Olena Petrenko'] },
    { type: 'date', days: 3, direction: 'earlier' },
    { type: 'terms', terms: ['alliance', 'membership'] },
  ],
});
const winter = suggestion('kyiv-3', 'Kyiv prepares for winter', { score: 0.41 });

const created = (documentId: string) => ({ data: link(documentId, null), meta: { reverse: null } });

beforeEach(() => {
  resetMockApi();
  toggleNotification.mockReset();
  setAllowedActions({ canRead: true, canManage: true });
  mockApi.getLinks.mockResolvedValue([]);
  mockApi.getSuggestions.mockResolvedValue([summit, winter]);
});

describe('cross-links panel: suggestions', () => {
  it('says why a story is suggested, in plain words, with a score bar', async () => {
    renderAdmin(<CrossLinksPanel {...STORY} />);
    const item = await screen.findByTestId('newsroom-suggestion-nato-2');
    expect(item).toHaveTextContent('Shares tags Ukraine – NATO, NATO summit');
    expect(item).toHaveTextContent('Same author: Olena Petrenko');
    expect(item).toHaveTextContent('3 days earlier');
    expect(item).toHaveTextContent('Shared terms: alliance, membership');
    expect(within(item).getByRole('progressbar', { name: 'Score 0.82' })).toBeVisible();
  });

  it('says the reasons in Ukrainian for a Ukrainian admin', async () => {
    renderAdmin(<CrossLinksPanel {...STORY} />, { locale: 'uk' });
    const item = await screen.findByTestId('newsroom-suggestion-nato-2');
    expect(item).toHaveTextContent('Спільні теги Ukraine – NATO, NATO summit');
    expect(item).toHaveTextContent('На 3 дні раніше');
    expect(within(item).getByRole('button', { name: /Пов'язати/ })).toBeVisible();
  });

  it('links a suggestion in one click, then shows it among the links', async () => {
    mockApi.createLink.mockResolvedValue(created('new-link'));
    renderAdmin(<CrossLinksPanel {...STORY} />);
    await userEvent.click(await screen.findByTestId('newsroom-suggestion-link-nato-2'));
    expect(mockApi.createLink).toHaveBeenCalledWith({
      article: 'story-1',
      locale: 'en',
      target: 'nato-2',
      origin: 'suggestion',
      score: 0.82,
      reverse: false,
    });

    mockApi.getLinks.mockResolvedValue([link('new-link', story('nato-2', summit.article.title))]);
    mockApi.getSuggestions.mockResolvedValue([winter]);
    await userEvent.click(screen.getByTestId('newsroom-suggestion-link-kyiv-3'));
    expect(await screen.findByTestId('newsroom-link-row-new-link')).toHaveTextContent(
      summit.article.title
    );
    expect(screen.queryByTestId('newsroom-suggestion-nato-2')).toBeNull();
  });

  it('links back from the other story when the editor asks for it', async () => {
    mockApi.createLink.mockResolvedValue(created('new-link'));
    renderAdmin(<CrossLinksPanel {...STORY} />);
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Also link back from that story' })
    );
    await userEvent.click(screen.getByTestId('newsroom-suggestion-link-kyiv-3'));
    expect(mockApi.createLink).toHaveBeenCalledWith(
      expect.objectContaining({ target: 'kyiv-3', reverse: true })
    );
  });

  it('dismisses a suggestion and drops it from the list', async () => {
    mockApi.dismissSuggestion.mockResolvedValue(undefined);
    renderAdmin(<CrossLinksPanel {...STORY} />);
    await userEvent.click(
      await screen.findByRole('button', { name: `Dismiss ${winter.article.title}` })
    );
    expect(mockApi.dismissSuggestion).toHaveBeenCalledWith({
      article: 'story-1',
      target: 'kyiv-3',
      locale: 'en',
    });
    expect(screen.queryByTestId('newsroom-suggestion-kyiv-3')).toBeNull();
    expect(screen.getByTestId('newsroom-suggestion-nato-2')).toBeVisible();
  });

  it('tells the editor why a link was refused (400)', async () => {
    mockApi.createLink.mockRejectedValue(badRequest('target: the story already links to it'));
    renderAdmin(<CrossLinksPanel {...STORY} />);
    await userEvent.click(await screen.findByTestId('newsroom-suggestion-link-nato-2'));
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'target: the story already links to it',
      })
    );
  });
});

describe('cross-links panel: search and external links', () => {
  it('searches stories as the editor types (debounced) and links one', async () => {
    const found = story('vilnius-4', 'Vilnius hosts NATO leaders', { status: 'draft' });
    mockApi.searchStories.mockResolvedValue([found]);
    mockApi.createLink.mockResolvedValue(created('new-link'));
    renderAdmin(<CrossLinksPanel {...STORY} />);
    await userEvent.type(await screen.findByLabelText('Link any story'), 'vilnius');
    const result = await screen.findByTestId('newsroom-search-link-vilnius-4');
    expect(mockApi.searchStories).toHaveBeenCalledTimes(1);
    expect(mockApi.searchStories).toHaveBeenCalledWith({
      q: 'vilnius',
      locale: 'en',
      exclude: 'story-1',
    });
    expect(screen.getByTestId('newsroom-search')).toHaveTextContent('Draft');
    await userEvent.click(result);
    expect(mockApi.createLink).toHaveBeenCalledWith({
      article: 'story-1',
      locale: 'en',
      target: 'vilnius-4',
      origin: 'editor',
      reverse: false,
    });
  });

  it('adds an external link with its URL and text', async () => {
    mockApi.createLink.mockResolvedValue(created('ext-link'));
    renderAdmin(<CrossLinksPanel {...STORY} />);
    const form = await screen.findByTestId('newsroom-external-form');
    await userEvent.type(within(form).getByLabelText(/URL/), 'https://www.nato.int/');
    await userEvent.type(within(form).getByLabelText(/Link text/), 'NATO');
    await userEvent.click(within(form).getByRole('button', { name: 'Add external link' }));
    expect(mockApi.createLink).toHaveBeenCalledWith({
      article: 'story-1',
      locale: 'en',
      externalUrl: 'https://www.nato.int/',
      title: 'NATO',
      origin: 'editor',
    });
    await waitFor(() => expect(within(form).getByLabelText(/URL/)).toHaveValue(''));
  });

  it('never submits the edit view it sits in when the editor presses Enter', async () => {
    const saveStory = jest.fn((event: { preventDefault: () => void }) => event.preventDefault());
    mockApi.createLink.mockResolvedValue(created('ext-link'));
    mockApi.searchStories.mockResolvedValue([]);
    renderAdmin(
      <form onSubmit={saveStory}>
        <CrossLinksPanel {...STORY} />
        <button type="submit">Save</button>
      </form>
    );
    await userEvent.type(await screen.findByLabelText('Link any story'), 'nato{Enter}');
    const form = screen.getByTestId('newsroom-external-form');
    await userEvent.type(within(form).getByLabelText(/URL/), 'https://www.nato.int/');
    await userEvent.type(within(form).getByLabelText(/Link text/), 'NATO{Enter}');
    expect(mockApi.createLink).toHaveBeenCalledWith(
      expect.objectContaining({ externalUrl: 'https://www.nato.int/', title: 'NATO' })
    );
    expect(saveStory).not.toHaveBeenCalled();
  });
});
