import { yup } from '@strapi/utils';

/**
 * Strapi's schema of a `blocks` value, as its entity validator checks one
 * (`@strapi/core` 5.x, `services/entity-validator/blocks-validator`, which the package does not
 * export): the same nodes, fields and messages. `creation-validator.test` checks that it
 * accepts and refuses what Strapi's validator does, so an upgrade that changes Strapi's shows.
 */
const text = yup.object().shape({
  type: yup.string().equals(['text']).required(),
  text: yup
    .string()
    .test(
      'is-valid-text',
      'Text must be defined with at least an empty string',
      (value) => typeof value === 'string' || value === ''
    ),
  bold: yup.boolean(),
  italic: yup.boolean(),
  underline: yup.boolean(),
  strikethrough: yup.boolean(),
  code: yup.boolean(),
});

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

const isValidLink = (link: string) => {
  try {
    const url = new URL(link.startsWith('/') ? `https://strapi.io${link}` : link);
    return LINK_PROTOCOLS.has(url.protocol);
  } catch {
    return false;
  }
};

const link = yup.object().shape({
  type: yup.string().equals(['link']).required(),
  url: yup
    .string()
    .test('invalid-url', 'Please specify a valid link.', (value) => isValidLink(value ?? '')),
  children: yup.array(text).required(),
});

const refused = (message: string) => yup.mixed().test('invalid-type', message, () => false);

const inline = yup.lazy((value: { type?: unknown }) => {
  if (value.type === 'text') return text;
  if (value.type === 'link') return link;
  return refused('Inline node must be Text or Link');
});

const inlines = (message: string) => yup.array(inline).min(1, message).required();

const paragraph = yup.object().shape({
  type: yup.string().equals(['paragraph']).required(),
  children: inlines('Paragraph node children must have at least one Text or Link node'),
});

const heading = yup.object().shape({
  type: yup.string().equals(['heading']).required(),
  level: yup.number().oneOf([1, 2, 3, 4, 5, 6]).required(),
  children: inlines('Heading node children must have at least one Text or Link node'),
});

const quote = yup.object().shape({
  type: yup.string().equals(['quote']).required(),
  children: inlines('Quote node children must have at least one Text or Link node'),
});

const code = yup.object().shape({
  type: yup.string().equals(['code']).required(),
  language: yup.string().nullable(),
  children: yup
    .array(text)
    .min(1, 'Quote node children must have at least one Text or Link node')
    .required(),
});

const listItem = yup.object().shape({
  type: yup.string().equals(['list-item']).required(),
  children: yup.array(inline).required(),
});

// A list's children are items or lists: the list schema refers to itself through the lazy.
const listChild = yup.lazy((value: { type?: unknown }) => {
  if (value.type === 'list') return list;
  if (value.type === 'list-item') return listItem;
  return refused('Inline node must be list-item or list');
});
const list: yup.AnySchema = yup.object().shape({
  type: yup.string().equals(['list']).required(),
  format: yup.string().equals(['ordered', 'unordered']).required(),
  children: yup
    .array(listChild)
    .min(1, 'List node children must have at least one ListItem or ListNode')
    .required(),
});

const image = yup.object().shape({
  type: yup.string().equals(['image']).required(),
  image: yup.object().shape({
    name: yup.string().required(),
    alternativeText: yup.string().nullable(),
    url: yup.string().required(),
    caption: yup.string().nullable(),
    width: yup.number().required(),
    height: yup.number().required(),
    formats: yup.object().nullable(),
    hash: yup.string().required(),
    ext: yup.string().required(),
    mime: yup.string().required(),
    size: yup.number().required(),
    previewUrl: yup.string().nullable(),
    provider: yup.string().required(),
    provider_metadata: yup.mixed().nullable(),
    createdAt: yup.string().required(),
    updatedAt: yup.string().required(),
  }),
  children: yup.array(inline).required(),
});

const BLOCKS = new Map<unknown, yup.AnySchema>(
  Object.entries({ paragraph, heading, quote, list, image, code })
);

const block = yup.lazy(
  (value: { type?: unknown }) => BLOCKS.get(value.type) ?? refused('Block node is of invalid type')
);

export const blocksSchema = () => yup.array(block);
