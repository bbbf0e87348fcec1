/**
 * The message to show for a failed request: the server's own message for a 4xx (Strapi answers
 * `{ error: { status, name, message } }`, the message naming the field), else the error's.
 */
export const errorMessage = (error: unknown): string | null => {
  if (!error || typeof error !== 'object') return null;
  const response = (error as { response?: { data?: { error?: { message?: unknown } } } }).response;
  const serverMessage = response?.data?.error?.message;
  if (typeof serverMessage === 'string' && serverMessage) return serverMessage;
  const { message } = error as { message?: unknown };
  return typeof message === 'string' && message ? message : null;
};
