import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CrossLinksPanel } from '../../admin/src/components/CrossLinks/CrossLinksPanel';
import { mockApi, pending, resetMockApi } from './support/api';
import { anchor, link, paragraphs, story } from './support/fixtures';
import { renderAdmin } from './support/render';
import {
  formOnChange,
  setAllowedActions,
  setForm,
  toggleNotification,
} from './support/strapi-admin';

jest.mock('../../admin/src/api', () => ({
  useNewsroomApi: () => jest.requireActual('./support/api').mockApi,
}));

const STORY = { documentId: 'story-1', locale: 'en' };
const SENTENCE = 'Allies met at the NATO summit in Vilnius.';
const BODY = paragraphs(SENTENCE, 'Second paragraph.');
const summit = { documentId: 'nato-2', title: 'NATO summit opens in Vilnius', slug: 'nato-summit' };
const SUMMIT_ANCHOR = anchor('NATO summit', SENTENCE, summit, {
  reason: 'Running story: NATO',
  kind: 'running-story',
  matched: 'NATO',
});
const LINKED_BODY = [
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Allies met at the ' },
      { type: 'link', url: '/news/nato-summit', children: [{ type: 'text', text: 'NATO summit' }] },
      { type: 'text', text: ' in Vilnius.' },
    ],
  },
  BODY[1],
];

const renderPanel = () => renderAdmin(<CrossLinksPanel {...STORY} />);
const anchorsSection = () => screen.findByTestId('newsroom-anchors');

beforeEach(() => {
  resetMockApi();
  toggleNotification.mockReset();
  formOnChange.mockClear();
  setAllowedActions({ canRead: true, canManage: true });
  act(() => setForm({ values: { title: 'Allies meet', lead: 'In Vilnius.', body: BODY } }));
  mockApi.getLinks.mockResolvedValue([]);
  mockApi.getSuggestions.mockResolvedValue([]);
  mockApi.getAnchors.mockResolvedValue([SUMMIT_ANCHOR]);
});

afterAll(() => setForm(null));

describe('phrases to link: states', () => {
  it('shows loading while the anchors load, from the saved story', async () => {
    mockApi.getAnchors.mockReturnValue(pending());
    renderPanel();
    expect(await within(await anchorsSection()).findByText('Loading…')).toBeVisible();
    expect(mockApi.getAnchors).toHaveBeenCalledWith(STORY);
    expect(mockApi.getDraftSuggestions).not.toHaveBeenCalled();
  });

  it('says when no phrase points to another story', async () => {
    mockApi.getAnchors.mockResolvedValue([]);
    renderPanel();
    expect(
      await within(await anchorsSection()).findByText(
        'No phrase of the text points to another story.'
      )
    ).toBeVisible();
  });

  it('shows an error with a retry that loads again', async () => {
    mockApi.getAnchors.mockRejectedValueOnce(new Error('Network down'));
    renderPanel();
    const section = await anchorsSection();
    await userEvent.click(await within(section).findByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('newsroom-anchor-0-18')).toBeVisible();
    expect(mockApi.getAnchors).toHaveBeenCalledTimes(2);
  });

  it('lists each phrase in its context, with its target and the reason', async () => {
    renderPanel();
    const item = await screen.findByTestId('newsroom-anchor-0-18');
    expect(item).toHaveTextContent('Allies met at the NATO summit in Vilnius.');
    expect(within(item).getByText('NATO summit').tagName).toBe('MARK');
    // the reason is told in the admin's language from its kind, not the server's English text
    expect(item).toHaveTextContent('Name of the running story “NATO”');
    expect(item).toHaveAttribute('data-target', 'nato-2');
    await userEvent.click(within(item).getByRole('link', { name: summit.title }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/content-manager/collection-types/plugin::newsroom.article/nato-2?plugins[i18n][locale]=en'
    );
  });
});

describe('phrases to link: linking in the text', () => {
  it('turns the phrase into a link in the form’s body, and takes it back', async () => {
    renderPanel();
    await userEvent.click(
      await screen.findByRole('button', { name: `Link “NATO summit” to ${summit.title}` })
    );
    expect(formOnChange).toHaveBeenCalledTimes(1);
    expect(formOnChange).toHaveBeenCalledWith('body', LINKED_BODY);
    const item = screen.getByTestId('newsroom-anchor-0-18');
    expect(item).toHaveAttribute('data-state', 'linked');
    expect(item).toHaveTextContent('Linked in the text');
    expect(mockApi.createLink).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Undo the last link in the text' }));
    expect(formOnChange).toHaveBeenLastCalledWith('body', BODY);
    expect(screen.getByTestId('newsroom-anchor-0-18')).toHaveAttribute('data-state', 'unlinked');
  });

  it('also adds the story to the links when the editor asks for it', async () => {
    mockApi.createLink.mockResolvedValue({ data: link('new-link', null), meta: { reverse: null } });
    renderPanel();
    await userEvent.click(
      await screen.findByRole('checkbox', { name: "Also add it to the story's links" })
    );
    await userEvent.click(screen.getByTestId('newsroom-anchor-apply-0-18'));
    expect(formOnChange).toHaveBeenCalledWith('body', LINKED_BODY);
    await waitFor(() =>
      expect(mockApi.createLink).toHaveBeenCalledWith({
        article: 'story-1',
        locale: 'en',
        target: 'nato-2',
        origin: 'suggestion',
        score: 0.7,
      })
    );
  });

  it('does not link the story twice when it is among the links already', async () => {
    mockApi.getLinks.mockResolvedValue([link('l1', story('nato-2', summit.title))]);
    renderPanel();
    await screen.findByTestId('newsroom-link-row-l1');
    await userEvent.click(
      await screen.findByRole('checkbox', { name: "Also add it to the story's links" })
    );
    await userEvent.click(screen.getByTestId('newsroom-anchor-apply-0-18'));
    expect(formOnChange).toHaveBeenCalledWith('body', LINKED_BODY);
    expect(mockApi.createLink).not.toHaveBeenCalled();
  });

  it('refuses when the editor changed the text since, and finds the phrases again', async () => {
    renderPanel();
    const button = await screen.findByTestId('newsroom-anchor-apply-0-18');
    act(() => setForm({ values: { body: paragraphs('Allies met in Vilnius.') } }));
    await userEvent.click(button);
    expect(formOnChange).not.toHaveBeenCalled();
    expect(toggleNotification).toHaveBeenCalledWith({
      type: 'warning',
      message:
        'The text has changed since this phrase was found; the phrases are being found again.',
    });
    await waitFor(() => expect(mockApi.getAnchors).toHaveBeenCalledTimes(2));
  });

  it('offers no way to change the text to a read-only editor', async () => {
    setAllowedActions({ canRead: true, canManage: false });
    renderPanel();
    expect(await screen.findByTestId('newsroom-anchor-0-18')).toHaveTextContent('NATO summit');
    expect(screen.queryByTestId('newsroom-anchor-apply-0-18')).toBeNull();
    expect(screen.queryByTestId('newsroom-anchors-related')).toBeNull();
  });

  it('offers no way to change the text of a published version (form disabled)', async () => {
    act(() => setForm({ values: { body: BODY }, disabled: true }));
    renderPanel();
    expect(await screen.findByTestId('newsroom-anchor-0-18')).toBeVisible();
    expect(screen.queryByTestId('newsroom-anchor-apply-0-18')).toBeNull();
  });
});
