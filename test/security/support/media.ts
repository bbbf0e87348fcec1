import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import type { Fixtures } from './fixtures';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
);

/**
 * Uploads one image through the Upload plugin and makes it the cover of the published story,
 * of the never-published draft and of the unsaved edit, and the avatar of the author: every
 * story using it is then one of the image's `related` entries, drafts included.
 */
export const shareOneCover = async (strapi: Core.Strapi, fixtures: Fixtures) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cover-'));
  const filepath = path.join(dir, 'shared-cover.png');
  fs.writeFileSync(filepath, PNG);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'shared-cover.png', alternativeText: 'A shared cover' } },
      files: {
        filepath,
        originalFilename: 'shared-cover.png',
        mimetype: 'image/png',
        size: PNG.length,
      },
    });
  fs.rmSync(dir, { recursive: true, force: true });

  const articles = strapi.documents(UID.article as never);
  const cover = { cover: file.id };
  await articles.update({ documentId: fixtures.published, data: cover } as never);
  await articles.publish({ documentId: fixtures.published } as never);
  // drafts: the never-published story, and the unsaved edit (its draft row keeps its words)
  await articles.update({ documentId: fixtures.draft, data: cover } as never);
  await articles.update({ documentId: fixtures.edited, data: cover } as never);
  await strapi
    .documents(UID.author as never)
    .update({ documentId: fixtures.author, data: { avatar: file.id } } as never);
  const published = await articles.findOne({
    documentId: fixtures.published,
    status: 'published',
  } as never);
  return { fileId: file.id as number, slug: (published as unknown as { slug: string }).slug };
};
