import { createReadStream } from 'node:fs';

import { Parser } from 'htmlparser2';

/** One `<item>` of a WordPress export (WXR 1.2), as written; nothing is interpreted here. */
export type WxrItem = {
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postDateGmt: string;
  status: string;
  postType: string;
  password: string;
  /** `<category domain="category|post_tag" nicename="…">name</category>`, in order. */
  categories: Array<{ domain: string; nicename: string; name: string }>;
  /** `<wp:postmeta>` key → value (the last one wins). */
  meta: Record<string, string>;
};

/** A `<wp:author>` of the channel. The e-mail is read so that it can be left out on purpose. */
export type WxrAuthor = { login: string; displayName: string };

export type WxrNode =
  | { type: 'site'; url: string }
  | { type: 'author'; author: WxrAuthor }
  | { type: 'item'; item: WxrItem };

/** How far the reader is in the file, updated as it reads. */
export type WxrPosition = { bytesRead: number; totalBytes?: number };

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:status': 'status',
  'wp:post_type': 'postType',
  'wp:post_password': 'password',
};

const emptyItem = (): WxrItem => ({
  title: '',
  link: '',
  guid: '',
  creator: '',
  content: '',
  excerpt: '',
  postId: '',
  postDateGmt: '',
  status: '',
  postType: '',
  password: '',
  categories: [],
  meta: {},
});

/**
 * The channel's site URL, authors and items of a WXR file, in file order, read as a stream:
 * only the item being read is held in memory, whatever the size of the file. Text is taken
 * from CDATA sections and entity-decoded text alike (a `]]>` split across two CDATA sections
 * comes out whole); comments (`<wp:comment>`) and anything else not listed are ignored.
 */
export async function* wxrNodes(path: string, position?: WxrPosition): AsyncGenerator<WxrNode> {
  const ready: WxrNode[] = [];
  const stack: string[] = [];
  let text = '';
  let attribs: Record<string, string> = {};
  let item: WxrItem | null = null;
  let author: Partial<WxrAuthor> = {};
  let meta = { key: '', value: '' };

  const close = (name: string) => {
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === 'item' && item) {
      const field = ITEM_FIELDS[name];
      if (field) (item[field] as string) = text;
      else if (name === 'category') {
        const { domain = '', nicename = '' } = attribs;
        item.categories.push({ domain, nicename, name: text });
      } else if (name === 'wp:postmeta') item.meta[meta.key.trim()] = meta.value;
    } else if (parent === 'wp:postmeta') {
      if (name === 'wp:meta_key') meta.key = text;
      if (name === 'wp:meta_value') meta.value = text;
    } else if (parent === 'wp:author') {
      if (name === 'wp:author_login') author.login = text.trim();
      if (name === 'wp:author_display_name') author.displayName = text.trim();
    } else if (parent === 'channel') {
      if (name === 'item' && item) ready.push({ type: 'item', item });
      if (name === 'wp:author' && author.login) {
        const { login, displayName } = author;
        ready.push({ type: 'author', author: { login, displayName: displayName || login } });
      }
      if (name === 'link' || name === 'wp:base_blog_url') ready.push({ type: 'site', url: text });
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        stack.push(name);
        text = '';
        attribs = attributes;
        if (name === 'item') item = emptyItem();
        if (name === 'wp:author') author = {};
        if (name === 'wp:postmeta') meta = { key: '', value: '' };
      },
      ontext(data) {
        text += data;
      },
      onclosetag: close,
    },
    { xmlMode: true }
  );

  const stream = createReadStream(path, { encoding: 'utf8' });
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (position) position.bytesRead = stream.bytesRead;
    yield* ready.splice(0);
  }
  parser.end();
  yield* ready.splice(0);
}
