import { useForm } from '@strapi/strapi/admin';
import { useCallback, useMemo } from 'react';

/** The article fields the cross-links panel reads from the edit form. */
export type EditFormValues = { title?: unknown; lead?: unknown; body?: unknown; tags?: unknown };

const CONSUMER = 'NewsroomCrossLinks';

/**
 * The content manager's edit form, as the panel uses it: the current (unsaved) values, whether
 * they differ from the saved story, and a setter for the body. `useForm` is the form context
 * the edit view's `<Form>` provides (the side panels render inside it); the content manager's
 * own document actions read it the same way. A body set through its `onChange` is a form
 * change like typing: the form is marked modified, Save sends it with the story, leaving
 * without saving asks first, and the blocks editor shows the new value.
 */
export const useEditForm = () => {
  const values = useForm(CONSUMER, (state) => state.values as EditFormValues, false);
  const modified = useForm(CONSUMER, (state) => state.modified, false);
  const disabled = useForm(CONSUMER, (state) => state.disabled, false);
  const onChange = useForm(CONSUMER, (state) => state.onChange, false);

  const setBody = useCallback((body: unknown) => onChange?.('body', body), [onChange]);

  return useMemo(
    () =>
      values && onChange
        ? { values, modified: Boolean(modified), disabled: Boolean(disabled), setBody }
        : null,
    [values, onChange, modified, disabled, setBody]
  );
};

export type EditForm = NonNullable<ReturnType<typeof useEditForm>>;
