import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { BrokenResponse, CoverageResponse } from '../../shared/contracts/admin';
import BrokenLinksWidget from '../../admin/src/widgets/BrokenLinksWidget';
import CoverageWidget from '../../admin/src/widgets/CoverageWidget';
import UnlinkedStoriesWidget from '../../admin/src/widgets/UnlinkedStoriesWidget';
import { badRequest, mockApi, pending, resetMockApi } from './support/api';
import { link, story, suggestion } from './support/fixtures';
import { renderAdmin } from './support/render';
import { setAllowedActions, toggleNotification } from './support/strapi-admin';

jest.mock('../../admin/src/api', () => ({
  useNewsroomApi: () => jest.requireActual('./support/api').mockApi,
}));

beforeEach(() => {
  resetMockApi();
  toggleNotification.mockReset();
  setAllowedActions({ canRead: true, canManage: true });
});

describe('widget: stories without cross-links', () => {
  it('shows loading, then the stories newest first, each opening its edit view', async () => {
    let answer!: (value: Awaited<ReturnType<typeof mockApi.getUnlinked>>) => void;
    mockApi.getUnlinked.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    renderAdmin(<UnlinkedStoriesWidget />);
    expect(screen.getByTestId('widget-loading')).toBeVisible();
    answer({
      data: [
        story('a-1', 'Parliament passes the budget', { locale: 'uk' }),
        story('b-2', 'Floods in the west'),
      ],
      meta: { total: 12 },
    });
    const root = await screen.findByTestId('newsroom-widget-unlinked');
    await within(root).findByText('12 stories without links');
    const links = within(root).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Parliament passes the budget',
      'Floods in the west',
    ]);
    await userEvent.click(links[0]);
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/content-manager/collection-types/plugin::newsroom.article/a-1?plugins[i18n][locale]=uk'
    );
  });

  it('shows the empty state', async () => {
    mockApi.getUnlinked.mockResolvedValue({ data: [], meta: { total: 0 } });
    renderAdmin(<UnlinkedStoriesWidget />);
    expect(await screen.findByTestId('widget-no-data')).toHaveTextContent(
      'Every published story has at least one cross-link.'
    );
  });

  it('shows the error state', async () => {
    mockApi.getUnlinked.mockRejectedValue(new Error('Forbidden'));
    renderAdmin(<UnlinkedStoriesWidget />);
    expect(await screen.findByTestId('widget-error')).toBeVisible();
  });
});

describe('widget: broken cross-links', () => {
  const parliament = story('a-1', 'Parliament passes the budget');
  const replacement = suggestion('c-3', 'Budget vote: what changes');
  const broken = (): BrokenResponse => ({
    data: [
      {
        link: link('l1', null, { state: 'deleted', targetDocumentId: 'gone-9' }),
        article: parliament,
        suggestion: replacement,
      },
      {
        link: link('l2', story('d-4', 'Old draft'), { state: 'unpublished' }),
        article: story('e-5', 'Floods in the west'),
        suggestion: null,
      },
    ],
    meta: { total: 2 },
  });

  it('shows loading, empty and error states', async () => {
    mockApi.getBroken.mockReturnValue(pending());
    const { unmount } = renderAdmin(<BrokenLinksWidget />);
    expect(screen.getByTestId('widget-loading')).toBeVisible();
    unmount();
    mockApi.getBroken.mockResolvedValue({ data: [], meta: { total: 0 } });
    const empty = renderAdmin(<BrokenLinksWidget />);
    expect(await screen.findByTestId('widget-no-data')).toHaveTextContent('No broken cross-links.');
    empty.unmount();
    mockApi.getBroken.mockRejectedValue(new Error('Server error'));
    renderAdmin(<BrokenLinksWidget />);
    expect(await screen.findByTestId('widget-error')).toBeVisible();
  });

  it('lists broken links with their state and story', async () => {
    mockApi.getBroken.mockResolvedValue(broken());
    renderAdmin(<BrokenLinksWidget />);
    const first = await screen.findByTestId('newsroom-broken-l1');
    expect(first).toHaveTextContent('Deleted story (gone-9)');
    expect(first).toHaveTextContent('Target deleted');
    expect(within(first).getByRole('link', { name: parliament.title })).toBeVisible();
    const second = screen.getByTestId('newsroom-broken-l2');
    expect(second).toHaveTextContent('Target unpublished');
    expect(second).toHaveTextContent('No suggestion to replace it with.');
    expect(within(second).queryByTestId('newsroom-broken-replace-l2')).toBeNull();
  });

  it('is read-only for a user who may not manage links', async () => {
    setAllowedActions({ canManage: false });
    mockApi.getBroken.mockResolvedValue(broken());
    renderAdmin(<BrokenLinksWidget />);
    expect(await screen.findByTestId('newsroom-broken-l1')).toHaveTextContent('Target deleted');
    expect(screen.queryByRole('button')).toBeNull();
  });

  /** The server's answer once a link is fixed: the list without it. */
  const fixed = (documentId: string): BrokenResponse => {
    const all = broken();
    return {
      data: all.data.filter((item) => item.link.documentId !== documentId),
      meta: { total: all.meta.total - 1 },
    };
  };

  it('removes a broken link in one click, then asks the server again', async () => {
    mockApi.getBroken.mockResolvedValueOnce(broken()).mockResolvedValue(fixed('l2'));
    mockApi.deleteLink.mockResolvedValue(undefined);
    renderAdmin(<BrokenLinksWidget />);
    await userEvent.click(await screen.findByTestId('newsroom-broken-remove-l2'));
    expect(mockApi.deleteLink).toHaveBeenCalledWith('l2', 'en');
    await waitFor(() => expect(screen.queryByTestId('newsroom-broken-l2')).toBeNull());
    expect(screen.getByTestId('newsroom-broken-l1')).toBeVisible();
    await waitFor(() => expect(mockApi.getBroken).toHaveBeenCalledTimes(2));
  });

  it('replaces a broken link with the top suggestion', async () => {
    mockApi.getBroken.mockResolvedValueOnce(broken()).mockResolvedValue(fixed('l1'));
    mockApi.updateLink.mockResolvedValue(link('l1', story('c-3', replacement.article.title)));
    renderAdmin(<BrokenLinksWidget />);
    const replace = await screen.findByTestId('newsroom-broken-replace-l1');
    expect(replace).toHaveTextContent('Replace with Budget vote: what changes');
    await userEvent.click(replace);
    expect(mockApi.updateLink).toHaveBeenCalledWith('l1', { locale: 'en', target: 'c-3' });
    await waitFor(() => expect(screen.queryByTestId('newsroom-broken-l1')).toBeNull());
  });

  it('shows the server message when a replacement is refused', async () => {
    mockApi.getBroken.mockResolvedValue(broken());
    mockApi.updateLink.mockRejectedValue(badRequest('target: the story already links to it'));
    renderAdmin(<BrokenLinksWidget />);
    await userEvent.click(await screen.findByTestId('newsroom-broken-replace-l1'));
    await waitFor(() =>
      expect(toggleNotification).toHaveBeenCalledWith({
        type: 'danger',
        message: 'target: the story already links to it',
      })
    );
    expect(await screen.findByTestId('newsroom-broken-l1')).toBeVisible();
  });
});

describe('widget: cross-link coverage', () => {
  const coverage = (): CoverageResponse => ({
    data: [
      { date: '2026-07-01', published: 4, covered: 3 },
      { date: '2026-07-02', published: 0, covered: 0 },
      { date: '2026-07-03', published: 2, covered: 0 },
    ],
    meta: { days: 14, min: 1, published: 6, covered: 3, share: 0.5, embargoed: 2 },
  });

  it('asks for the last 14 days and draws one bar a day with the share', async () => {
    mockApi.getCoverage.mockResolvedValue(coverage());
    renderAdmin(<CoverageWidget />);
    expect(mockApi.getCoverage).toHaveBeenCalledWith({ days: 14, min: 1 });
    expect(await screen.findByTestId('newsroom-coverage-summary')).toHaveTextContent(
      '50% of the 6 stories of the last 14 days have a cross-link'
    );
    const chart = screen.getByTestId('newsroom-coverage-chart');
    expect(chart.querySelectorAll('g')).toHaveLength(3);
    expect(screen.getByTestId('newsroom-coverage-day-2026-07-01')).toHaveTextContent(
      'Jul 1: 3 of 4 linked'
    );
    const bars = screen.getByTestId('newsroom-coverage-day-2026-07-01').querySelectorAll('rect');
    expect(Number(bars[1].getAttribute('height'))).toBeGreaterThan(0);
    expect(
      screen.getByTestId('newsroom-coverage-day-2026-07-02').querySelectorAll('rect')
    ).toHaveLength(1);
    expect(screen.getByTestId('newsroom-coverage-embargoed')).toHaveTextContent(
      '2 stories embargoed'
    );
  });

  it('says nothing of embargoes when no story is under one', async () => {
    mockApi.getCoverage.mockResolvedValue({
      ...coverage(),
      meta: { ...coverage().meta, embargoed: 0 },
    });
    renderAdmin(<CoverageWidget />);
    expect(await screen.findByTestId('newsroom-coverage-summary')).toBeVisible();
    expect(screen.queryByTestId('newsroom-coverage-embargoed')).toBeNull();
  });

  it('shows loading, empty and error states', async () => {
    mockApi.getCoverage.mockReturnValue(pending());
    const { unmount } = renderAdmin(<CoverageWidget />);
    expect(screen.getByTestId('widget-loading')).toBeVisible();
    unmount();
    mockApi.getCoverage.mockResolvedValue({
      data: [],
      meta: { days: 14, min: 1, published: 0, covered: 0, share: null, embargoed: 0 },
    });
    const empty = renderAdmin(<CoverageWidget />);
    expect(await screen.findByTestId('widget-no-data')).toHaveTextContent(
      'No story was published in the last 14 days.'
    );
    empty.unmount();
    mockApi.getCoverage.mockRejectedValue(new Error('Server error'));
    renderAdmin(<CoverageWidget />);
    expect(await screen.findByTestId('widget-error')).toBeVisible();
  });
});
