import { yup } from '@strapi/utils';

import type {
  CreateLinkBody,
  DismissBody,
  LocaleQuery,
  ReorderLinksBody,
  SearchQuery,
  UpdateLinkBody,
} from '../../../../shared/contracts/admin';
import { matches } from './contract';
import { afterBlock, documentId, editorOrigin, linkKind, locale, wholeNumber } from './fields';

/** What the cross-links panel's routes accept (admin/links.ts), one schema per contract. */

export const localeQuery = matches<LocaleQuery>()(yup.object({ locale: locale() }));

export const createLinkBody = matches<CreateLinkBody>()(
  yup.object({
    article: documentId().required(),
    locale: locale(),
    target: documentId(),
    externalUrl: yup.string(),
    title: yup.string(),
    kind: linkKind(),
    origin: editorOrigin(),
    score: yup.number().min(0),
    reverse: yup.boolean(),
    afterBlock: afterBlock(),
  })
);

export const updateLinkBody = matches<UpdateLinkBody>()(
  yup.object({
    locale: locale(),
    kind: linkKind(),
    target: documentId(),
    afterBlock: afterBlock(),
  })
);

export const reorderLinksBody = matches<ReorderLinksBody>()(
  yup.object({ locale: locale(), order: yup.array(documentId().required()).required() })
);

export const dismissBody = matches<DismissBody>()(
  yup.object({
    article: documentId().required(),
    target: documentId().required(),
    locale: locale(),
  })
);

export const searchQuery = matches<SearchQuery, 'q' | 'limit'>()(
  yup.object({
    q: yup.string().max(300).default(''),
    locale: locale(),
    limit: wholeNumber(1, 50).default(10),
    exclude: documentId(),
  })
);
