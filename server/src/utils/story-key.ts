/**
 * The related-story index knows a story by one key per locale version: `documentId:locale`.
 * These two functions are the only places that build or read it.
 */
export const storyKey = (documentId: string, locale: string) => `${documentId}:${locale}`;

export const parseStoryKey = (key: string) => {
  const at = key.lastIndexOf(':');
  return { documentId: key.slice(0, at), locale: key.slice(at + 1) };
};
