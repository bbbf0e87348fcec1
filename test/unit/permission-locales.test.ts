import { forLocale } from '../../server/src/repositories/story-permissions';

/**
 * A Content Manager permission query over one locale's rows: the locales a role may read
 * (i18n's `locale` tests) are decided in the process, the rest stays for the database.
 */
describe('forLocale', () => {
  /** How Strapi's permissions manager writes "read articles in these locales" (i18n). */
  const inLocales = (...locales: string[]) => ({ $or: [{ locale: { $in: locales } }] });

  it('lets every row through when the role may read the locale, and none when it may not', () => {
    expect(forLocale(inLocales('en', 'uk'), 'en')).toBe(true);
    expect(forLocale(inLocales('en', 'uk'), 'uk')).toBe(true);
    expect(forLocale(inLocales('en', 'uk'), 'ru')).toBe(false);
    expect(forLocale({ locale: 'uk' }, 'en')).toBe(false);
    expect(forLocale({ locale: { $eq: 'en' } }, 'en')).toBe(true);
    expect(forLocale({ locale: { $ne: 'en' } }, 'en')).toBe(false);
    expect(forLocale({ locale: { $notIn: ['ru'] } }, 'en')).toBe(true);
  });

  it('keeps the conditions of a role ("Is creator") for the locales it covers', () => {
    const creator = { createdBy: { id: 7 } };
    const where = { $or: [{ $and: [{ locale: { $in: ['en'] } }, creator] }] };
    expect(forLocale(where, 'en')).toEqual({ $or: [{ $and: [creator] }] });
    expect(forLocale(where, 'uk')).toBe(false);
  });

  it('lets a row through when any rule of the role does, in the locale', () => {
    const creator = { createdBy: { id: 7 } };
    const where = { $or: [{ $and: [{ locale: { $in: ['en'] } }, creator] }, { locale: 'uk' }] };
    expect(forLocale(where, 'uk')).toBe(true);
    expect(forLocale(where, 'en')).toEqual({ $or: [{ $and: [creator] }] });
    expect(forLocale(where, 'ru')).toBe(false);
  });

  it('keeps what it cannot decide as it is', () => {
    expect(forLocale({ locale: { $eqi: 'EN' } }, 'en')).toEqual({ locale: { $eqi: 'EN' } });
    expect(forLocale({ locale: { $in: ['en'], $null: false } }, 'en')).toEqual({
      locale: { $in: ['en'], $null: false },
    });
    expect(forLocale({ documentId: { $in: [] } }, 'en')).toEqual({ documentId: { $in: [] } });
    expect(forLocale({ title: 'x', locale: 'en' }, 'en')).toEqual({ title: 'x' });
    expect(forLocale({ title: 'x', locale: 'uk' }, 'en')).toBe(false);
  });

  it('never lets more through than the query: an empty $or lets nothing through', () => {
    expect(forLocale({ $or: [] }, 'en')).toBe(false);
    expect(forLocale({ $and: [] }, 'en')).toBe(true);
    expect(forLocale({}, 'en')).toBe(true);
  });
});
