import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../../../../shared/contracts/uids';
import {
  forLocale,
  type PermissionWhere,
  storyPermissions,
} from '../../repositories/story-permissions';
import type { StoryFilter } from '../related-index/suggestions';

/** The Content Manager's actions on an entry, as its permission checker names them. */
const ACTIONS = {
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
} as const;
export type StoryVerb = keyof typeof ACTIONS;

/** A permission query that no row matches. */
const NOTHING: PermissionWhere = { documentId: { $in: [] } };

/** Keys of a story as the admin shows it that never hide: they name it, they are not fields. */
const NAMING = new Set(['id', 'documentId', 'locale']);

/** An admin user's abilities (CASL), as Strapi's admin authentication puts them on the request. */
export type UserAbility = {
  rulesFor(action: string, subject: string, field?: string): unknown[];
};

type PermissionsManager = { getQuery(action: string): PermissionWhere | null };
type Story = { documentId: string };
type PermissionChecker = { cannot: Record<StoryVerb, () => boolean> };

/**
 * What an admin user may see and change of the newsroom's stories: exactly what the Content
 * Manager lets them (its RBAC conditions, such as "Is creator", its locales and its field-level
 * permissions), decided by Strapi's own permission checker and permission queries.
 */
const storyAccess = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The access of the admin user whose abilities these are (`ctx.state.userAbility`). */
  of(userAbility: UserAbility) {
    const checker: PermissionChecker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility, model: UID.article });
    const permissions = storyPermissions(strapi);
    const attributes = strapi.getModel(UID.article).attributes as Record<string, unknown>;

    const queries = new Map<string, PermissionWhere | null>();
    /** The permission query of an action (for one field: the rules that cover that field). */
    const queryOf = (action: string, field?: string): PermissionWhere | null => {
      const key = `${action} ${field ?? ''}`;
      if (!queries.has(key)) queries.set(key, buildQuery(action, field));
      return queries.get(key)!;
    };
    /**
     * The admin's permissions manager builds the query from the ability's rules; for one field
     * it is handed the rules CASL keeps for that field (`rulesFor(action, subject, field)`).
     */
    const buildQuery = (action: string, field?: string): PermissionWhere | null => {
      const ability =
        field === undefined
          ? userAbility
          : { rulesFor: (a: string, s: string) => userAbility.rulesFor(a, s, field) };
      const manager: PermissionsManager = strapi
        .service('admin::permission')
        .createPermissionsManager({ ability, model: UID.article });
      return manager.getQuery(action);
    };

    /**
     * A 403 with its message: Strapi answers a plain ForbiddenError thrown past authentication
     * with "Forbidden" alone; PolicyError, a ForbiddenError, keeps the message.
     */
    const forbidden = (message: string) => new errors.PolicyError(message);

    const wheres = new Map<StoryVerb, PermissionWhere>();
    /** The rows a verb may touch; 403 when the role may not do it to any article. */
    const whereOf = (verb: StoryVerb): PermissionWhere => {
      if (checker.cannot[verb]()) {
        throw forbidden(`You may not ${verb} articles (Content Manager)`);
      }
      if (!wheres.has(verb)) wheres.set(verb, queryOf(ACTIONS[verb]) ?? NOTHING);
      return wheres.get(verb)!;
    };
    const isAll = (where: PermissionWhere) => Object.keys(where).length === 0;
    /** A permission query over the locale's rows, its tests of the locale decided (`forLocale`). */
    const inLocale = (where: PermissionWhere | null, locale: string): PermissionWhere | null => {
      if (where === null) return null;
      const decided = forLocale(where, locale);
      return decided === true ? {} : decided === false ? NOTHING : decided;
    };
    /** `whereOf` for the rows of one locale. */
    const whereIn = (verb: StoryVerb, locale: string) => inLocale(whereOf(verb), locale)!;

    /** The stories among `ids` that exist in the locale and the user may read. */
    const readable = async (ids: string[], locale: string): Promise<Set<string>> => {
      const where = whereIn('read', locale);
      return isAll(where) ? new Set(ids) : permissions.matching(where, ids, locale);
    };

    /**
     * Stories the user may read, with the fields they may not read (field-level permissions)
     * set to null (a list to an empty list). A field is judged by the read rules that cover it.
     */
    const showFields = async <T extends Story>(items: T[], locale: string): Promise<T[]> => {
      const rowWhere = JSON.stringify(whereIn('read', locale));
      const fields = [...new Set(items.flatMap((item) => Object.keys(item)))].filter(
        (key) => !NAMING.has(key) && key in attributes
      );
      const ids = items.map((item) => item.documentId);
      const hidden = new Map<string, Set<string>>();
      for (const field of fields) {
        const where = inLocale(queryOf(ACTIONS.read, field), locale);
        if (where !== null && (isAll(where) || JSON.stringify(where) === rowWhere)) continue;
        const shown = where ? await permissions.matching(where, ids, locale) : new Set();
        hidden.set(field, new Set(ids.filter((id) => !shown.has(id))));
      }
      if (hidden.size === 0) return items;
      return items.map((item) => {
        const copy: Record<string, unknown> = { ...item };
        for (const [field, ids] of hidden) {
          if (ids.has(item.documentId)) copy[field] = Array.isArray(copy[field]) ? [] : null;
        }
        return copy as T;
      });
    };

    return {
      readable,
      showFields,

      /** A filter keeping the stories the user may read; undefined when they may read all. */
      readableFilter(locale: string): StoryFilter | undefined {
        return isAll(whereIn('read', locale)) ? undefined : (ids) => readable(ids, locale);
      },

      /**
       * The story each item holds under `key`, as `showFields` shows it, or null when the user
       * may not read it (items without one are unchanged).
       */
      async showNested<T, K extends keyof T>(items: T[], key: K, locale: string): Promise<T[]> {
        const storyOf = (item: T) => item[key] as unknown as Story | null;
        const stories = items.map(storyOf).filter((story): story is Story => Boolean(story));
        const allowed = await readable(
          stories.map((story) => story.documentId),
          locale
        );
        const visible = stories.filter((story) => allowed.has(story.documentId));
        const shown = new Map((await showFields(visible, locale)).map((s) => [s.documentId, s]));
        return items.map((item) => {
          const story = storyOf(item);
          return story ? { ...item, [key]: shown.get(story.documentId) ?? null } : item;
        });
      },

      /** 403 unless the role may read articles at all. */
      requireRead: () => void whereOf('read'),

      /**
       * 403 (naming the story) when one of the stories exists in the locale and the user may not
       * `verb` it; stories that do not exist are left to the caller's own 404 or 400.
       */
      async require(
        verb: StoryVerb,
        documentIds: Array<string | null | undefined>,
        locale: string
      ) {
        const where = whereIn(verb, locale);
        const ids = [...new Set(documentIds.filter((id): id is string => Boolean(id)))];
        if (ids.length === 0 || isAll(where)) return;
        const allowed = await permissions.matching(where, ids, locale);
        const others = ids.filter((id) => !allowed.has(id));
        const existing = others.length ? await permissions.matching({}, others, locale) : new Set();
        const denied = others.find((id) => existing.has(id));
        if (denied) {
          throw forbidden(
            `You may not ${verb} the article "${denied}" in "${locale}" (Content Manager)`
          );
        }
      },

      /**
       * A subquery of the documentIds of the locale's stories the user may read, for lists that
       * filter in SQL; null when they may read every story.
       */
      readableSubquery(locale: string) {
        const where = whereIn('read', locale);
        return isAll(where) ? null : permissions.subquery(where, locale);
      },
    };
  },
});

export default storyAccess;

export type StoryAccess = ReturnType<ReturnType<typeof storyAccess>['of']>;
