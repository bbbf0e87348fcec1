import { errors } from '@strapi/utils';

/**
 * A 400 whose message names the field, in the shape Strapi's own validators answer with
 * (`error.details.errors[].path`), so API clients and the admin show it next to the field.
 */
export const fieldError = (path: string, message: string): errors.ValidationError =>
  new errors.ValidationError(`${path}: ${message}`, {
    errors: [{ path: [path], message, name: 'ValidationError', value: undefined }],
  });
