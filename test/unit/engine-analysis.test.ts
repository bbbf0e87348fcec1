import { analyzerFor } from '../../server/src/engine/analysis';

describe('text analysis by language', () => {
  it('folds case and Unicode forms, drops English stop words and stems', () => {
    expect(analyzerFor('en').terms('The Allies AGREED on ＮＡＴＯ membership')).toEqual([
      'alli',
      'agre',
      'nato',
      'membership',
    ]);
  });

  it('stems Ukrainian, cuts stems to six letters and drops its stop words', () => {
    expect(analyzerFor('uk').terms('Україна і союзники України та безпека')).toEqual([
      'україн',
      'союзни',
      'україн',
      'безпек',
    ]);
  });

  it('joins Ukrainian words of one root that the stemmer leaves apart', () => {
    const uk = analyzerFor('uk');
    expect(uk.terms('українського футболіста')).toEqual(uk.terms('України футбол'));
    expect(analyzerFor('uk', { uk: 'uk-nlpjs' }).terms('українського футболіста')).toEqual([
      'українськ',
      'футболіст',
    ]);
  });

  it('drops the case forms of Ukrainian pronouns and the auxiliaries', () => {
    expect(analyzerFor('uk').terms('Які з цих команд можуть грати після того матчу')).toEqual([
      'команд',
      'грат',
      'матч',
    ]);
  });

  it('reads the three ways of typing the Ukrainian apostrophe as one', () => {
    const uk = analyzerFor('uk');
    expect(uk.terms('обʼєкт об’єкт')).toEqual(uk.terms("об'єкт об'єкт"));
  });

  it('stems Russian and drops its stop words', () => {
    expect(analyzerFor('ru').terms('Россия и союзники России в Совете')).toEqual([
      'росс',
      'союзник',
      'росс',
      'совет',
    ]);
  });

  it('picks the language from a regional locale and keeps surface forms for reasons', () => {
    expect(analyzerFor('en-GB').termsWithForms('Running stories')).toEqual([
      ['run', 'running'],
      ['stori', 'stories'],
    ]);
  });

  it('still tokenises and folds case for a language it has no stemmer for', () => {
    expect(analyzerFor('pl').terms('Sojusznicy NATO 2024')).toEqual(['sojusznicy', 'nato']);
  });

  it('stems a locale with the analyser the languages option maps it to', () => {
    // a Strapi locale whose subtag names no analyser, mapped to Ukrainian
    expect(analyzerFor('ua', { ua: 'uk' }).terms('Союзники України')).toEqual(['союзни', 'україн']);
    expect(analyzerFor('ua').terms('Союзники України')).toEqual(['союзники', 'україни']);
    // and an English-looking locale kept unstemmed
    expect(analyzerFor('en-x-raw', { 'en-x-raw': 'none' }).terms('Running stories')).toEqual([
      'running',
      'stories',
    ]);
  });
});
