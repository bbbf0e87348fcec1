import { SaxesParser } from 'saxes';

/**
 * A strict XML reader for the probes: `saxes` rejects what XML 1.0 and its namespaces rule
 * out (a control character, an unclosed or stray element, an undeclared prefix, a second root),
 * where lenient parsers pass it on. Text is kept exactly (no trimming), CDATA included.
 */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
};

export const parseStrictXml = (xml: string): XmlElement => {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([name, attribute]) => [name, attribute.value])
      ),
      children: [],
      text: '',
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  const addText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error('no root element');
  return root;
};

/** Every element of the tree, the root first. */
export const allElements = (root: XmlElement): XmlElement[] => [
  root,
  ...root.children.flatMap(allElements),
];

/** The children of `parent` named `name`. */
export const childrenNamed = (parent: XmlElement, name: string) =>
  parent.children.filter((child) => child.name === name);

/** The text of the one child named `name` (undefined when there is none). */
export const childText = (parent: XmlElement, name: string) => childrenNamed(parent, name)[0]?.text;
