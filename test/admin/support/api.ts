import type { NewsroomApi } from '../../../admin/src/api';

/** Stand-in for `useNewsroomApi()`: every call is a jest mock the test sets up. */
export const mockApi: jest.Mocked<NewsroomApi> = {
  getLinks: jest.fn(),
  getSuggestions: jest.fn(),
  getAnchors: jest.fn(),
  getDraftSuggestions: jest.fn(),
  searchStories: jest.fn(),
  createLink: jest.fn(),
  updateLink: jest.fn(),
  reorderLinks: jest.fn(),
  deleteLink: jest.fn(),
  dismissSuggestion: jest.fn(),
  getUnlinked: jest.fn(),
  getBroken: jest.fn(),
  getCoverage: jest.fn(),
  getStoryMap: jest.fn(),
};

export const resetMockApi = () => {
  Object.values(mockApi).forEach((fn) => fn.mockReset());
};

/** A request failing the way the admin fetch client fails on a 400. */
export const badRequest = (message: string) =>
  Object.assign(new Error('Request failed with status code 400'), {
    name: 'FetchError',
    status: 400,
    response: { data: { error: { status: 400, name: 'ValidationError', message } } },
  });

/** A promise that never settles (a request still loading). */
export const pending = <T>() => new Promise<T>(() => undefined);
