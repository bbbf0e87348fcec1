import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CrossLinksPanel } from '../../admin/src/components/CrossLinks/CrossLinksPanel';
import { badRequest, mockApi, resetMockApi } from './support/api';
import { link, paragraphs, story } from './support/fixtures';
import { renderAdmin } from './support/render';
import { setAllowedActions, setForm, toggleNotification } from './support/strapi-admin';

jest.mock('../../admin/src/api', () => ({
  useNewsroomApi: () => jest.requireActual('./support/api').mockApi,
}));

const STORY = { documentId: 'story-1', locale: 'en' };
const zelensky = story('zel-2', 'Zelensky arrived at the NATO headquarters in Brussels');
const russia = story('rus-3', 'Russia was not elected to the UN Human Rights Council');
const BODY = paragraphs('One.', 'Two.', 'Three.', 'Four.', 'Five.');

const renderPanel = () => renderAdmin(<CrossLinksPanel {...STORY} />);

beforeEach(() => {
  resetMockApi();
  toggleNotification.mockReset();
  setAllowedActions({ canRead: true, canManage: true });
  act(() => setForm({ values: { title: 'All allies agree', body: BODY } }));
  mockApi.getLinks.mockResolvedValue([link('l1', zelensky, { afterBlock: 3 }), link('l2', russia)]);
  mockApi.getSuggestions.mockResolvedValue([]);
  mockApi.getAnchors.mockResolvedValue([]);
});

afterAll(() => setForm(null));

describe('"Read also" placed in the body', () => {
  it('shows where each link sits: after ¶4, or after the body', async () => {
    renderPanel();
    const placed = await screen.findByTestId('newsroom-link-row-l1');
    expect(placed).toHaveAttribute('data-after-block', '3');
    expect(within(placed).getByTestId('newsroom-link-after-l1')).toHaveTextContent('after ¶4');
    const unplaced = screen.getByTestId('newsroom-link-row-l2');
    expect(unplaced).toHaveAttribute('data-after-block', 'end');
    expect(unplaced).not.toHaveTextContent('¶');
    expect(within(placed).getByRole('combobox', { name: 'Place in the body' })).toHaveTextContent(
      'After paragraph 4'
    );
  });

  it('offers the places of the current body and saves the one picked', async () => {
    mockApi.updateLink.mockResolvedValue({ ...link('l2', russia), afterBlock: 1 });
    renderPanel();
    const row = await screen.findByTestId('newsroom-link-row-l2');
    await userEvent.click(within(row).getByRole('combobox', { name: 'Place in the body' }));
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual([
      'After the body',
      'After paragraph 1',
      'After paragraph 2',
      'After paragraph 3',
      'After paragraph 4',
      'After paragraph 5',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'After paragraph 2' }));
    expect(mockApi.updateLink).toHaveBeenCalledWith('l2', { locale: 'en', afterBlock: 1 });
    expect(await within(row).findByText('after ¶2')).toBeVisible();

    await userEvent.click(within(row).getByRole('combobox', { name: 'Place in the body' }));
    await userEvent.click(screen.getByRole('option', { name: 'After the body' }));
    expect(mockApi.updateLink).toHaveBeenLastCalledWith('l2', { locale: 'en', afterBlock: null });
    await waitFor(() => expect(within(row).queryByText(/¶/)).toBeNull());
  });

  it('counts the blocks of the text as the editor has it now', async () => {
    act(() => setForm({ values: { body: paragraphs('Only one.') }, modified: true }));
    mockApi.getDraftSuggestions.mockResolvedValue({ suggestions: [], anchors: [] });
    renderPanel();
    const row = await screen.findByTestId('newsroom-link-row-l2');
    await userEvent.click(within(row).getByRole('combobox', { name: 'Place in the body' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'After the body',
      'After paragraph 1',
    ]);
  });

  it('tells the editor when the server refuses the place, and reloads the links', async () => {
    mockApi.updateLink.mockRejectedValue(badRequest('afterBlock: the body has 5 blocks'));
    renderPanel();
    const row = await screen.findByTestId('newsroom-link-row-l2');
    await userEvent.click(within(row).getByRole('combobox', { name: 'Place in the body' }));
    await userEvent.click(screen.getByRole('option', { name: 'After paragraph 5' }));
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'afterBlock: the body has 5 blocks',
      })
    );
    expect(mockApi.getLinks).toHaveBeenCalledTimes(2);
  });

  it('shows the place but no control to a read-only editor', async () => {
    setAllowedActions({ canRead: true, canManage: false });
    renderPanel();
    const placed = await screen.findByTestId('newsroom-link-row-l1');
    expect(placed).toHaveTextContent('after ¶4');
    expect(screen.queryByRole('combobox', { name: 'Place in the body' })).toBeNull();
  });
});
