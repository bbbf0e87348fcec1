import type { Core } from '@strapi/strapi';

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

export type ActionHandler = (
  strapi: Core.Strapi,
  context: DocumentContext,
  next: Next
) => Promise<unknown>;

/** Per content type, the handler of each Document Service action it cares about. */
export type ActionHandlers = Partial<Record<string, ActionHandler>>;
