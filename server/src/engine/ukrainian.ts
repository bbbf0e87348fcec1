import { StemmerUk } from '@nlpjs/lang-uk';
import { ukr } from 'stopword';

/**
 * Closed-class Ukrainian words the `stopword` list lacks: the other case forms of the pronouns it
 * lists (який, цей, той, свій, такий, інший, весь, їхній, хто), the auxiliaries бути, мати and
 * могти, and conjunctions, particles and prepositions. In a short story these otherwise weigh
 * as much as its subject.
 */
const MORE_STOP = `
  яке якого якому яким якім якій яку які яких якими
  цього цьому цим цієї цією цих цими
  того тому тим тієї тією тих тими ту
  своє свого своєму своїм своєї своїй своєю своїх своїми
  таке такого такому таким такій таку такі таких такими
  інший інша інше іншого іншому іншим іншій іншу інші іншими
  всього всьому всім всю всією всі всіма увесь уся усе усі усього усіх усім
  їхній їхня їхнє їхні їхнього їхньої їхньому їхніх їхніми
  хто кого кому ким чому чим куди ньому ній
  кожен кожна кожне кожного кожному кожній кожну кожні кожних деякі деяких деякий деяка
  буде будуть буду будемо будь має мають мав можуть можна міг могли могла
  якщо оскільки однак проте поки ніж лише саме само зокрема аби нехай хай
  через після перед при біля серед крім окрім щодо протягом понад попри завдяки
  дуже більше багато
`
  .trim()
  .split(/\s+/);

/** The Ukrainian stop words: the `stopword` list and the forms it lacks. */
export const UK_STOP = [...ukr, ...MORE_STOP];

/** Ukrainian's apostrophe is typed three ways; one form makes об’єкт, обʼєкт and об'єкт one word. */
const APOSTROPHES = /[’ʼ]/g;

/**
 * nlp.js's Ukrainian stem, cut to `length` letters when one is given. The stemmer strips
 * inflection only (українськ-, україн-; футболіст-, футбол-); the cut joins such derived
 * words of one root, as five-letter prefixes do, without merging the short stems it found.
 */
export const ukrainianStemmer = (length = Infinity) => {
  const stemmer = new StemmerUk();
  return {
    stemWord: (word: string) => stemmer.stemWord(word.replace(APOSTROPHES, "'")).slice(0, length),
  };
};
