import { mixedScriptWord, normalizeTagName, tagNameKey } from '../../utils/tag-name';
import { fieldError } from '../../utils/validation';

/**
 * Author and tag name rules that need no database, shared by the document middlewares and the
 * importer's bulk path.
 */

/** Author and tag names are stored trimmed. */
export const trimName = (data: Record<string, unknown>) => {
  if (typeof data.name === 'string') data.name = data.name.trim();
};

/**
 * A tag's stored name and identity key: the name normalized (spaces, invisible characters), a
 * word mixing scripts refused. `nameKey` is null for an empty name (left to the validator).
 */
export const tagIdentityOf = (raw: string): { name: string; nameKey: string | null } => {
  const name = normalizeTagName(raw);
  if (name === '') return { name, nameKey: null };
  const mixed = mixedScriptWord(name);
  if (mixed) {
    throw fieldError(
      'name',
      `"${mixed.word}" mixes ${mixed.scripts.join(' and ')} letters in one word`
    );
  }
  return { name, nameKey: tagNameKey(name) };
};
