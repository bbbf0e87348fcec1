import { create } from 'xmlbuilder2';

/**
 * A new XML document for the feeds and the empty sitemap, written by `xmlbuilder2`: every text
 * node and attribute value is escaped by the builder (`&`, `<`, `>`, quotes), so no text can
 * close an element or open one, and characters XML 1.0 does not allow (C0 controls other than
 * tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are removed from every
 * text and attribute, wherever the text came from (a story, a tag, the site's settings, a
 * query parameter).
 */
export const xmlDocument = () =>
  create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });

export type XmlNode = ReturnType<ReturnType<typeof xmlDocument>['ele']>;

/** Adds `<name>text</name>` to `parent` (nothing when the text is missing or empty). */
export const textElement = (
  parent: XmlNode,
  name: string,
  text: string | null | undefined,
  attributes?: Record<string, string>
) => {
  if (text === undefined || text === null || text === '') return;
  parent.ele(name, attributes).txt(text);
};
