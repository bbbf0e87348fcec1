import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CrossLinksPanel } from '../../admin/src/components/CrossLinks/CrossLinksPanel';
import { mockApi, resetMockApi } from './support/api';
import { anchor, paragraphs, suggestion } from './support/fixtures';
import { renderAdmin } from './support/render';
import { formOnChange, setAllowedActions, setForm, typeInForm } from './support/strapi-admin';

jest.mock('../../admin/src/api', () => ({
  useNewsroomApi: () => jest.requireActual('./support/api').mockApi,
}));

const HEADLINE = 'NATO allies promise Ukraine membership';
const LEAD = 'Allies agree that Ukraine will join the Alliance.';
const summit = suggestion('nato-2', 'NATO summit opens in Vilnius', { score: 0.9 });
const ministers = suggestion('nato-3', 'NATO ministers meet in Brussels', { score: 0.6 });
const SENTENCE = 'Leaders met at the NATO summit.';
const summitAnchor = anchor('NATO summit', SENTENCE, { ...summit.article, slug: 'nato-summit' });

/** Lets the debounce run out and the request answer. */
const settle = async (ms: number) => {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
};

beforeEach(() => {
  jest.useFakeTimers();
  resetMockApi();
  formOnChange.mockClear();
  setAllowedActions({ canRead: true, canManage: true });
  mockApi.getLinks.mockResolvedValue([]);
  mockApi.getSuggestions.mockResolvedValue([]);
  mockApi.getAnchors.mockResolvedValue([]);
  mockApi.getDraftSuggestions.mockResolvedValue({ suggestions: [summit], anchors: [] });
});

afterEach(() => {
  jest.useRealTimers();
  setForm(null);
});

describe('a new story (never saved)', () => {
  beforeEach(() => act(() => setForm({ values: { title: '', lead: '', body: null } })));

  it('asks for text first and calls no API', () => {
    renderAdmin(<CrossLinksPanel locale="en" />);
    expect(screen.getByTestId('newsroom-draft-hint')).toHaveTextContent(
      'Write a headline, a lead or some text'
    );
    expect(mockApi.getDraftSuggestions).not.toHaveBeenCalled();
    expect(mockApi.getLinks).not.toHaveBeenCalled();
  });

  it('suggests stories 800 ms after the editor stops typing, and keeps them fresh', async () => {
    renderAdmin(<CrossLinksPanel locale="en" />);
    act(() => typeInForm('title', 'NATO allies'));
    await settle(400);
    act(() => typeInForm('title', HEADLINE));
    act(() => typeInForm('lead', LEAD));
    await settle(799);
    expect(mockApi.getDraftSuggestions).not.toHaveBeenCalled();
    await settle(1);
    expect(mockApi.getDraftSuggestions).toHaveBeenCalledTimes(1);
    expect(mockApi.getDraftSuggestions).toHaveBeenCalledWith({
      title: HEADLINE,
      lead: LEAD,
      locale: 'en',
    });
    const item = await screen.findByTestId('newsroom-suggestion-nato-2');
    expect(item).toHaveTextContent(summit.article.title);
    // Linking needs a saved story: no Link button, and the panel says why.
    expect(screen.queryByTestId('newsroom-suggestion-link-nato-2')).toBeNull();
    expect(
      within(screen.getByTestId('newsroom-suggestions')).getByTestId('newsroom-panel-message')
    ).toHaveTextContent('Save the story to link these stories to it.');

    mockApi.getDraftSuggestions.mockResolvedValue({ suggestions: [ministers], anchors: [] });
    act(() => typeInForm('body', paragraphs('Ministers meet in Brussels.')));
    await settle(800);
    expect(mockApi.getDraftSuggestions).toHaveBeenCalledTimes(2);
    expect(mockApi.getDraftSuggestions).toHaveBeenLastCalledWith(
      expect.objectContaining({ body: paragraphs('Ministers meet in Brussels.') })
    );
    expect(await screen.findByTestId('newsroom-suggestion-nato-3')).toBeVisible();
    expect(screen.queryByTestId('newsroom-suggestion-nato-2')).toBeNull();
  });

  it('sends the tags the editor picked, by name', async () => {
    renderAdmin(<CrossLinksPanel locale="en" />);
    act(() => typeInForm('title', HEADLINE));
    act(() => typeInForm('tags', { connect: [{ id: 4, label: 'Ukraine – NATO' }] }));
    await settle(800);
    expect(mockApi.getDraftSuggestions).toHaveBeenCalledWith({
      title: HEADLINE,
      tags: ['Ukraine – NATO'],
      locale: 'en',
    });
  });

  it('links a phrase of the unsaved text', async () => {
    mockApi.getDraftSuggestions.mockResolvedValue({ suggestions: [], anchors: [summitAnchor] });
    renderAdmin(<CrossLinksPanel locale="en" />);
    act(() => typeInForm('body', paragraphs(SENTENCE)));
    await settle(800);
    const apply = await screen.findByTestId('newsroom-anchor-apply-0-19');
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(apply);
    expect(formOnChange).toHaveBeenCalledWith('body', [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Leaders met at the ' },
          {
            type: 'link',
            url: '/news/nato-summit',
            children: [{ type: 'text', text: 'NATO summit' }],
          },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    // A story never saved has no links: no "also add to the links" option.
    expect(screen.queryByTestId('newsroom-anchors-related')).toBeNull();
  });
});

describe('a saved story with unsaved edits', () => {
  it('follows the unsaved text, and its suggestions can be linked', async () => {
    act(() => setForm({ values: { title: 'Old headline', body: null } }));
    renderAdmin(<CrossLinksPanel documentId="story-1" locale="en" />);
    await settle(0);
    expect(mockApi.getSuggestions).toHaveBeenCalledTimes(1);
    expect(mockApi.getDraftSuggestions).not.toHaveBeenCalled();

    act(() => typeInForm('title', HEADLINE));
    await settle(800);
    expect(mockApi.getDraftSuggestions).toHaveBeenCalledWith({
      title: HEADLINE,
      documentId: 'story-1',
      locale: 'en',
    });
    expect(await screen.findByTestId('newsroom-suggestion-link-nato-2')).toBeVisible();
    expect(screen.getByTestId('newsroom-draft-note')).toHaveTextContent(
      'Following your unsaved text.'
    );
  });
});
