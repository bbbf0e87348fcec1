import { create } from 'xmlbuilder2';

/**
 * XML documents for the feeds and the empty sitemaps, written by `xmlbuilder2`: it escapes
 * `<`, `>` and quotes in every text node and attribute value, so no text can close an element
 * or open one, and removes the characters XML 1.0 does not allow (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) from every text and
 * attribute (`invalidCharReplacement`), wherever the text came from (a story, a tag, the
 * site's settings, a query parameter).
 */
export const xmlDocument = () =>
  create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });

export type XmlNode = ReturnType<typeof xmlDocument>;

/**
 * The builder leaves an `&` that starts something shaped like a reference (`&foo;`, `&#1;`)
 * as it is, taking it for markup: an undefined entity or a reference to a forbidden character
 * would make the document malformed, and `&amp;` would not come back as written. Every `&` is
 * therefore written as `&amp;` here, which the builder then passes on unchanged.
 */
const literal = (text: string) => text.replace(/&/g, '&amp;');

const literalAttributes = (attributes: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, literal(value)]));

/** Adds an element with `attributes` (text values, escaped) to `parent`, and answers it. */
export const element = (parent: XmlNode, name: string, attributes: Record<string, string>) =>
  parent.ele(name, literalAttributes(attributes));

/** Adds `<name>text</name>` to `parent` (nothing when the text is missing or empty). */
export const textElement = (
  parent: XmlNode,
  name: string,
  text: string | null | undefined,
  attributes?: Record<string, string>
) => {
  if (text === undefined || text === null || text === '') return;
  parent.ele(name, literalAttributes(attributes)).txt(literal(text));
};
