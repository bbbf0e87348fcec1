/** A line's error as the import report says it: the field at fault first. */
export const errorMessage = (error: unknown): string => {
  const details = (error as { details?: { errors?: Array<{ path: string[]; message: string }> } })
    .details;
  const first = details?.errors?.[0];
  if (first && !String((error as Error).message).includes(first.path.join('.'))) {
    return `${first.path.join('.')}: ${first.message}`;
  }
  return (error as Error).message ?? String(error);
};
