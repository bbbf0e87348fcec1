/**
 * The site's two languages: English at `/`, Ukrainian under `/uk` (the newsroom's `en` and `uk`
 * locales). Every path the pages link to is built here.
 */
import type { Locale } from './types';

export const LOCALES: Locale[] = ['en', 'uk'];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: string): value is Locale => (LOCALES as string[]).includes(value);

const prefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

export const paths = {
  home: (locale: Locale) => prefix(locale) || '/',
  article: (locale: Locale, slug: string) => `${prefix(locale)}/news/${encodeURIComponent(slug)}`,
  tag: (locale: Locale, slug: string) => `${prefix(locale)}/tags/${encodeURIComponent(slug)}`,
  author: (locale: Locale, slug: string) => `${prefix(locale)}/authors/${encodeURIComponent(slug)}`,
  /** The newsroom's feeds, passed through at the site's address (app/feeds). */
  rss: (locale: Locale) => `/feeds/rss.xml?locale=${locale}`,
  atom: (locale: Locale) => `/feeds/atom.xml?locale=${locale}`,
};

const MESSAGES = {
  en: {
    siteName: 'Newsroom',
    tagline: 'Reference reader site for strapi-plugin-newsroom',
    latest: 'Latest stories',
    otherSection: 'Other news',
    noStories: 'No stories yet.',
    by: 'By',
    readAlso: 'Read also:',
    background: 'As we reported earlier',
    seeAlso: 'See also',
    moreLikeThis: 'More like this',
    runningStory: 'Running story',
    tag: 'Tag',
    storiesOfTag: 'Stories',
    author: 'Author',
    storiesOfAuthor: 'Stories by this author',
    photo: 'Photo',
    photoBy: 'Photo:',
    updated: 'Updated',
    corrections: 'Corrections and updates',
    correction: 'Correction',
    update: 'Update',
    clarification: 'Clarification',
    preview: 'Preview of a draft',
    exitPreview: 'Leave preview',
    language: 'Українською',
  },
  uk: {
    siteName: 'Ньюзрум',
    tagline: 'Демонстраційний сайт для strapi-plugin-newsroom',
    latest: 'Останні новини',
    otherSection: 'Інші новини',
    noStories: 'Новин поки немає.',
    by: 'Автор:',
    readAlso: 'Читайте також:',
    background: 'Як ми повідомляли раніше',
    seeAlso: 'Дивіться також',
    moreLikeThis: 'Схожі новини',
    runningStory: 'Сюжет',
    tag: 'Тег',
    storiesOfTag: 'Новини',
    author: 'Автор',
    storiesOfAuthor: 'Новини автора',
    photo: 'Фото',
    photoBy: 'Фото:',
    updated: 'Оновлено',
    corrections: 'Виправлення та оновлення',
    correction: 'Виправлення',
    update: 'Оновлення',
    clarification: 'Уточнення',
    preview: 'Попередній перегляд чернетки',
    exitPreview: 'Вийти з перегляду',
    language: 'In English',
  },
} satisfies Record<Locale, Record<string, string>>;

export type Messages = (typeof MESSAGES)['en'];
export const messages = (locale: Locale): Messages => MESSAGES[locale];

export const formatDate = (iso: string | null | undefined, locale: Locale) =>
  iso
    ? new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : 'en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(new Date(iso))
    : null;
