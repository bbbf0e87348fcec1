/**
 * Term and tag dictionaries with document frequencies, for idf. Ids are dense integers so
 * vectors and postings can live in typed arrays.
 */
export class Vocabulary {
  private ids = new Map<string, number>();
  private keys: string[] = [];
  private forms: string[] = [];
  private df: number[] = [];

  id(key: string, form = key): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.forms.push(form);
      this.df.push(0);
    }
    return id;
  }

  lookup(key: string): number | undefined {
    return this.ids.get(key);
  }

  key(id: number): string {
    return this.keys[id];
  }

  form(id: number): string {
    return this.forms[id];
  }

  count(id: number, delta: 1 | -1) {
    this.df[id] = Math.max(0, this.df[id] + delta);
  }

  /** Stories (of the key's locale) that hold the term. */
  frequency(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Smoothed inverse document frequency over `documents` stories. */
  idf(id: number, documents: number): number {
    return Math.log((documents + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }

  get size() {
    return this.forms.length;
  }

  /** Keys, forms and document frequencies in id order (what `restore` takes back). */
  entries(): { keys: string[]; forms: string[]; df: number[] } {
    return { keys: [...this.keys], forms: [...this.forms], df: [...this.df] };
  }

  /** Appends saved entries, so ids come back as they were saved (on an empty vocabulary). */
  restore({ keys, forms, df }: { keys: string[]; forms: string[]; df: number[] }) {
    keys.forEach((key, i) => {
      this.ids.set(key, this.forms.length);
      this.keys.push(key);
      this.forms.push(forms[i]);
      this.df.push(df[i]);
    });
  }
}
