import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { ActionHandler, ActionHandlers } from './types';
import { uniqueSlug } from './unique-slug';

const MAX_LINKS = 20;
const HTTP_URL = /^https?:\/\/\S+$/;

/** `links` is JSON: a list of `{ label?, url }`, the author's public profiles. */
const checkLinks = (links: unknown) => {
  if (links === null || links === undefined) return;
  if (!Array.isArray(links) || links.length > MAX_LINKS) {
    throw fieldError('links', `must be a list of at most ${MAX_LINKS} { label, url } objects`);
  }
  links.forEach((link, index) => {
    const url = (link as { url?: unknown })?.url;
    const label = (link as { label?: unknown })?.label;
    if (typeof url !== 'string' || !HTTP_URL.test(url) || url.length > 2048) {
      throw fieldError(`links`, `item ${index}: url must be an http(s) URL`);
    }
    if (label !== undefined && (typeof label !== 'string' || label.length > 100)) {
      throw fieldError(`links`, `item ${index}: label must be text of at most 100 characters`);
    }
  });
};

const write: ActionHandler = async (strapi, { action, params }, next) => {
  const data = (params.data ??= {});
  if (typeof data.name === 'string') data.name = data.name.trim();
  checkLinks(data.links);
  const slugMissing = data.slug === undefined || data.slug === null || data.slug === '';
  if (action === 'create' && slugMissing && typeof data.name === 'string' && data.name !== '') {
    data.slug = await uniqueSlug(strapi, data.name, { uid: UID.author }, 'author');
  }
  return next();
};

export const authorHandlers: ActionHandlers = { create: write, update: write };
