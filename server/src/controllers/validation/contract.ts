import type { yup } from '@strapi/utils';

/**
 * Ties a yup schema to the contract type it checks (shared/contracts), at compile time:
 *
 *   export const search = matches<SearchQuery, 'q' | 'limit'>()(yup.object({ … }));
 *
 * `npm run typecheck` fails at the schema when the two disagree: a key only one of them has,
 * a value type that differs, or a key one requires and the other leaves optional. `Filled`
 * names the keys the schema fills in with a default: optional in the contract (clients may
 * leave them out), always set in what the schema answers.
 *
 * (yup 0.32, the one @strapi/utils ships, has no `ObjectSchema<T>` typed from a plain type,
 * and its `SchemaOf<T>` lets extra keys through; hence this check.)
 */
export const matches =
  <Contract, Filled extends keyof Contract = never>() =>
  <S extends yup.AnyObjectSchema>(
    schema: S & Verdict<Mismatches<yup.InferType<S>, Contract, Filled>>
  ): S =>
    schema;

/**
 * The server compiles with `strict: false` (Strapi's preset), where `undefined` is in every type
 * and optional cannot be told from required. The key and value checks hold there; the
 * optionality checks run under server/tsconfig.validation.json (`strict: true`, part of
 * `npm run typecheck`).
 */
type StrictNulls = undefined extends string ? false : true;

type Defined<T> = Exclude<T, undefined>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type IsOptional<T, K extends keyof T> = object extends Pick<T, K> ? true : false;
type MayBeMissing<T> = undefined extends T ? true : false;

/** What is wrong with key K, or never when the schema and the contract agree on it. */
type KeyMismatch<Out, C, K, Filled> = K extends keyof C
  ? K extends keyof Out
    ? Same<Defined<Out[K]>, Defined<C[K]>> extends false
      ? 'its type differs'
      : StrictNulls extends false
        ? never
        : K extends Filled
          ? IsOptional<C, K> extends false
            ? 'filled with a default by the schema, but required by the contract'
            : MayBeMissing<Out[K]> extends true
              ? 'listed as filled, but the schema has no default for it'
              : never
          : Same<IsOptional<C, K>, MayBeMissing<Out[K]>> extends true
            ? never
            : IsOptional<C, K> extends true
              ? 'optional in the contract, required by the schema'
              : 'required by the contract, optional in the schema'
    : 'in the contract, missing from the schema'
  : 'in the schema, missing from the contract';

/** One `"key: what is wrong"` string per disagreement; never when they agree. */
type Mismatches<Out, C, Filled> = {
  [K in keyof Out | keyof C]: KeyMismatch<Out, C, K, Filled> extends infer Why extends string
    ? `${K & string}: ${Why}`
    : never;
}[keyof Out | keyof C];

type Verdict<M> = [M] extends [never]
  ? unknown
  : { 'schema and contract disagree': `${M & string}` };
