import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import { Fragment } from 'react';

import { messages } from '@/lib/i18n';
import { mediaUrl } from '@/lib/newsroom';
import { placeReadAlso } from '@/lib/placement';
import type { Locale, RelatedNewsLink } from '@/lib/types';

import { LinkBox } from './LinkBox';

type Block = BlocksContent[number];

/** Image blocks point at the newsroom's uploads, not at this site. */
const withMediaUrls = (block: Block): Block =>
  block.type === 'image'
    ? { ...block, image: { ...block.image, url: mediaUrl(block.image.url) } }
    : block;

/**
 * The body, block by block (Strapi's blocks renderer), each "Read also" box after the block
 * the editor placed it after; boxes without a place follow the body.
 */
export function ArticleBody({
  locale,
  body,
  readAlso,
}: {
  locale: Locale;
  body: BlocksContent | null | undefined;
  readAlso: RelatedNewsLink[];
}) {
  const t = messages(locale);
  const { blocks, afterBody } = placeReadAlso(body, readAlso);
  return (
    <div className="article-body" data-testid="article-body">
      {blocks.map(({ block, readAlso: links }, index) => (
        <Fragment key={index}>
          <BlocksRenderer content={[withMediaUrls(block)]} />
          <LinkBox
            locale={locale}
            title={t.readAlso}
            links={links}
            className="read-also"
            testId={`read-also-after-${index}`}
          />
        </Fragment>
      ))}
      <LinkBox
        locale={locale}
        title={t.readAlso}
        links={afterBody}
        className="read-also"
        testId="read-also-after-body"
      />
    </div>
  );
}
