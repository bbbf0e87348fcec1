// Packages the engine uses that ship no type declarations.
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-uk' {
  export class StemmerUk {
    stemWord(word: string): string;
  }
}
declare module '@nlpjs/lang-ru' {
  export class StemmerRu {
    stemWord(word: string): string;
  }
}
declare module 'stopword' {
  export const eng: string[];
  export const ukr: string[];
  export const rus: string[];
}
