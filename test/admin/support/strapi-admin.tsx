/**
 * Test double of `@strapi/strapi/admin` (the admin app itself cannot boot in jsdom): the
 * hooks the plugin's components use, with permissions and notifications the tests control.
 */
import { useEffect, useState, type ReactNode } from 'react';

type Allowed = Record<string, boolean>;

let allowedActions: Allowed = {};
let rbacLoading = false;

/** `useRBAC` answers these (e.g. `{ canRead: true, canManage: false }`). */
export const setAllowedActions = (actions: Allowed, isLoading = false) => {
  allowedActions = actions;
  rbacLoading = isLoading;
};

export const toggleNotification = jest.fn();

export const useRBAC = () => ({
  allowedActions,
  isLoading: rbacLoading,
  permissions: [],
  error: undefined,
});

export const useNotification = () => ({ toggleNotification });

export const useDebounce = <T,>(value: T, delay: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

export const useFetchClient = () => {
  throw new Error('The admin API module is mocked in component tests');
};

const Text = ({ children, testId }: { children?: ReactNode; testId: string }) => (
  <p data-testid={testId}>{children}</p>
);

export const Widget = {
  Loading: ({ children }: { children?: string }) => (
    <Text testId="widget-loading">{children ?? 'Loading widget content'}</Text>
  ),
  Error: ({ children }: { children?: string }) => (
    <Text testId="widget-error">{children ?? 'Couldn’t load widget content.'}</Text>
  ),
  NoData: ({ children }: { children?: string }) => (
    <Text testId="widget-no-data">{children ?? 'No content found'}</Text>
  ),
  NoPermissions: ({ children }: { children?: string }) => (
    <Text testId="widget-no-permissions">{children}</Text>
  ),
};
