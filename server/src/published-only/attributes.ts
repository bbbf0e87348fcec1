import { errors } from '@strapi/utils';

/**
 * What one step of a `populate`, `filters` or `sort` path reaches, by the kind of attribute it
 * names. The published-only rule (rules.ts, populate.ts, sort.ts) decides by this one
 * classification, so that every kind is handled and a new kind is a compile error:
 *
 * - `relation`: a relation with one target; its rows get the target's readable condition.
 * - `nested`: a media field (Upload's `plugin::upload.file`) or a component: no publication
 *   state of its own, so the rule walks into its model and applies to the relations inside.
 * - `dynamiczone`: one of several components; walked into each of them.
 * - `morph`: a polymorphic relation (Upload's `related`, any `morphTo…`/`morph…` relation). It
 *   can reach any content type, drafts included, and its rows cannot be given one condition:
 *   refused (400 naming the parameter) wherever it appears.
 * - `plain`: a scalar, or a name the model does not have (Strapi's validator answers those).
 */
export const UPLOAD_FILE = 'plugin::upload.file';

export type Attribute = {
  type: string;
  target?: string;
  relation?: string;
  private?: boolean;
  visible?: boolean;
  component?: string;
  components?: string[];
};

export type Step =
  | { kind: 'relation'; target: string }
  | { kind: 'nested'; uid: string }
  | { kind: 'dynamiczone'; components: string[] }
  | { kind: 'morph' }
  | { kind: 'plain' };

export const stepOf = (attribute: Attribute | undefined): Step => {
  switch (attribute?.type) {
    case 'relation':
      if ((attribute.relation ?? '').startsWith('morph') || !attribute.target) {
        return { kind: 'morph' };
      }
      return { kind: 'relation', target: attribute.target };
    case 'media':
      return { kind: 'nested', uid: UPLOAD_FILE };
    case 'component':
      return attribute.component ? { kind: 'nested', uid: attribute.component } : { kind: 'plain' };
    case 'dynamiczone':
      return { kind: 'dynamiczone', components: attribute.components ?? [] };
    default:
      return { kind: 'plain' };
  }
};

/** A 400 naming the query parameter (`populate.cover.populate.related`, `sort`, …). */
export const queryError = (param: string, message: string) =>
  new errors.ValidationError(`${param}: ${message}`, {
    errors: [{ path: param.split('.'), message, name: 'ValidationError' }],
  });

export const MORPH_REFUSED =
  'is a polymorphic relation (it reaches entries of any content type, drafts included): ' +
  'the newsroom API never populates, filters or sorts through it';

export const DYNAMIC_ZONE_REFUSED = 'is a dynamic zone: it cannot be filtered or sorted by';
