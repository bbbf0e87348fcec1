/** The pieces every OpenAPI operation of the plugin is made of. */
export type Operation = Record<string, unknown>;

export const query = (name: string, schema: Record<string, unknown>, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

export const path = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

export const LOCALE = query(
  'locale',
  { type: 'string' },
  'A locale of the app (default: the default locale).'
);
