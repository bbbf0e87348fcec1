import { errors } from '@strapi/utils';

import { MORPH_REFUSED, stepOf, UPLOAD_FILE } from './attributes';
import type { GetModel } from './rules';

/**
 * Which GraphQL fields the published-only rule must guard, found by walking the public content
 * types into their components and dynamic zones (at any depth): every relation field there
 * is constrained like a relation of the content type itself, every polymorphic relation field
 * is refused, and Upload's `UploadFile.related` is refused wherever it is reached through a
 * newsroom type (`cover { related }`): it would list every entry using the image, drafts
 * included, and Upload's resolver answers 500 for the plugin's types.
 */

/** The content types and the components (of components, of dynamic zones, …) they hold. */
export const modelsWithin = (getModel: GetModel, roots: string[]): string[] => {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const uid = queue.shift() as string;
    if (seen.has(uid)) continue;
    seen.add(uid);
    for (const attribute of Object.values(getModel(uid)?.attributes ?? {})) {
      const step = stepOf(attribute);
      if (step.kind === 'dynamiczone') queue.push(...step.components);
      if (step.kind === 'nested' && step.uid !== UPLOAD_FILE) queue.push(step.uid);
    }
  }
  return [...seen];
};

/** The relation fields of a model, split into those to constrain and the polymorphic ones. */
export const relationFields = (getModel: GetModel, uid: string) => {
  const constrained: Array<{ field: string; target: string }> = [];
  const morphs: string[] = [];
  for (const [field, attribute] of Object.entries(getModel(uid)?.attributes ?? {})) {
    const step = stepOf(attribute);
    if (step.kind === 'relation') constrained.push({ field, target: step.target });
    if (step.kind === 'morph') morphs.push(field);
  }
  return { constrained, morphs };
};

type Path = { key: string | number; typename?: string; prev?: Path };

/** Whether a field is resolved below one of `typeNames` (graphql-js records each parent type). */
export const isBelow = (path: Path | undefined, typeNames: Set<string>): boolean => {
  for (let p = path?.prev; p; p = p.prev) {
    if (p.typename && typeNames.has(p.typename)) return true;
  }
  return false;
};

export const morphRefused = (typeName: string, field: string) =>
  new errors.ValidationError(`${typeName}.${field}: "${field}" ${MORPH_REFUSED}`, {
    errors: [{ path: [typeName, field], message: MORPH_REFUSED, name: 'ValidationError' }],
  });
