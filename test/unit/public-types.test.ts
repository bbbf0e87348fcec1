import { execFileSync } from 'node:child_process';
import path from 'node:path';

import type * as Public from '../../client/src/types';
import type * as Contracts from '../../shared/contracts/related';
import type { LinkKind, LinkOrigin } from '../../shared/contracts/uids';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { privateFields } = require('../../scripts/public-types.js');

/** Compile-time checks (`npm run typecheck`): a mismatch is a type error here. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <T extends true>(): T => true as T;

// The public related list is the contract the server answers with, field for field.
holds<Equal<Public.RelatedItem, Contracts.RelatedItem>>();
holds<Equal<Public.RelatedResponse, Contracts.RelatedResponse>>();
holds<Equal<Public.ArticleSummary, Contracts.ArticleSummary>>();
holds<Equal<Public.LinkKind, LinkKind>>();
holds<Equal<Public.LinkOrigin, LinkOrigin>>();
// No private attribute in a public type.
type Leaks<T, K> = Extract<keyof T, K>;
holds<Equal<Leaks<Public.Article, Public.PrivateFields['Article'][number]>, never>>();
holds<Equal<Leaks<Public.Author, Public.PrivateFields['Author'][number]>, never>>();
holds<Equal<Leaks<Public.Tag, Public.PrivateFields['Tag'][number]>, never>>();
holds<
  Equal<Leaks<Public.RelatedNewsLink, Public.PrivateFields['RelatedNewsLink'][number]>, never>
>();

test('client/src/types/content-types.ts is what the schemas say (node scripts/public-types.js)', () => {
  // A child process: prettier 3, which formats the file, does not load inside jest's VM.
  const script = path.join(__dirname, '..', '..', 'scripts', 'public-types.js');
  expect(() =>
    execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })
  ).not.toThrow();
});

test('the private attributes are the ones the security rules hide', () => {
  expect(privateFields()).toEqual({
    Article: ['importHash'],
    Author: ['email'],
    Tag: ['nameKey'],
    RelatedNewsLink: ['label', 'targetDocumentId'],
  });
});
