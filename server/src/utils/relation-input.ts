/**
 * Reads the single target of a to-one relation out of any input form the Document Service
 * accepts: a documentId, a numeric id, `{ documentId }`, `{ id }`, an array, or
 * `{ connect, disconnect, set }` as the admin sends it.
 *
 * Returns `undefined` when the input leaves the relation unchanged, `null` when it clears it.
 */
export type RelationRef = { documentId?: string; id?: number };

const toRef = (value: unknown): RelationRef | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string' && documentId !== '') return { documentId };
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) {
      return { id: Number(id) };
    }
    if (typeof id === 'string' && id !== '') return { documentId: id };
  }
  return null;
};

const last = (items: unknown[]): RelationRef | null =>
  items.length === 0 ? null : toRef(items[items.length - 1]);

export const readToOneInput = (input: unknown): RelationRef | null | undefined => {
  if (input === undefined) return undefined;
  if (input === null) return null;
  if (Array.isArray(input)) return last(input);
  if (typeof input === 'object' && input !== null) {
    const { connect, disconnect, set } = input as Record<string, unknown>;
    if (set !== undefined) return Array.isArray(set) ? last(set) : toRef(set);
    if (Array.isArray(connect) && connect.length > 0) return last(connect);
    if (connect !== undefined && !Array.isArray(connect)) return toRef(connect);
    if (Array.isArray(disconnect) && disconnect.length > 0) return null;
    if (connect !== undefined || disconnect !== undefined) return undefined;
  }
  return toRef(input);
};
