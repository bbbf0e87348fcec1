/**
 * Test double of `@strapi/strapi/admin` (the admin app itself cannot boot in jsdom): the
 * hooks the plugin's components use, with permissions and notifications the tests control.
 */
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

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

/* The edit view's form (`useForm`): values the test sets, an `onChange` that records calls. */
type FormState = {
  values: Record<string, unknown>;
  modified: boolean;
  disabled: boolean;
  onChange: (path: string, value: unknown) => void;
};
let form: FormState | null = null;
const formListeners = new Set<() => void>();
const emitForm = () => formListeners.forEach((listener) => listener());

/** Called by the panel to change a field; changes the test form's values like Strapi's does. */
export const formOnChange = jest.fn((path: string, value: unknown) => {
  if (!form) return;
  form = { ...form, values: { ...form.values, [path]: value }, modified: true };
  emitForm();
});

/** Puts the panel inside an edit form with these values (null: no form around it). */
export const setForm = (
  state: { values?: Record<string, unknown>; modified?: boolean; disabled?: boolean } | null
) => {
  form = state
    ? { values: {}, modified: false, disabled: false, ...state, onChange: formOnChange }
    : null;
  emitForm();
};

/** The editor typing: a field changes and the form is modified. */
export const typeInForm = (path: string, value: unknown) => {
  if (!form) throw new Error('no form: call setForm first');
  form = { ...form, values: { ...form.values, [path]: value }, modified: true };
  emitForm();
};

const subscribeForm = (listener: () => void) => {
  formListeners.add(listener);
  return () => formListeners.delete(listener);
};

export const useForm = <T,>(
  consumer: string,
  selector: (state: FormState) => T,
  shouldThrow = true
): T | undefined => {
  const state = useSyncExternalStore(subscribeForm, () => form);
  if (state) return selector(state);
  if (shouldThrow) throw new Error(`\`${consumer}\` must be used within \`Form\``);
  return undefined;
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
