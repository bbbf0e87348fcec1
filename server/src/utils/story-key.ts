/**
 * The related-story index knows a story by one key per locale version: `documentId:locale`.
 * `storyKey` and `parseStoryKey` are the only places that build or read it.
 */
export const storyKey = (documentId: string, locale: string) => `${documentId}:${locale}`;

export const parseStoryKey = (key: string) => {
  const at = key.lastIndexOf(':');
  return { documentId: key.slice(0, at), locale: key.slice(at + 1) };
};

/**
 * The importer knows a story of a run by its locale and externalId (it has no documentId
 * until it is written); `\u0000` cannot occur in either.
 */
export const importKey = (locale: string, externalId: string) => `${locale}\u0000${externalId}`;
