import type { Core } from '@strapi/strapi';

import type { NewsroomUID } from '../../../shared/contracts/uids';

/** The part of a Document Service middleware context these middlewares read and change. */
export type DocumentContext = {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    locale?: string | string[];
    data?: Record<string, unknown>;
    [key: string]: unknown;
  };
};

export type Next = () => Promise<unknown>;

export type Handler = (
  strapi: Core.Strapi,
  context: DocumentContext,
  next: Next
) => Promise<unknown>;

/** A Document Service middleware of the plugin: one concern, for the actions it names. */
export type DocumentMiddleware = {
  uid: NewsroomUID;
  actions: string[];
  handle: Handler;
};

export const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
