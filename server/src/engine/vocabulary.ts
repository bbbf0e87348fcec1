/**
 * Term and tag dictionaries with document frequencies, for idf. Ids are dense integers so
 * vectors and postings can live in typed arrays.
 */
export class Vocabulary {
  private ids = new Map<string, number>();
  private forms: string[] = [];
  private df: number[] = [];

  id(key: string, form = key): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(key, id);
      this.forms.push(form);
      this.df.push(0);
    }
    return id;
  }

  lookup(key: string): number | undefined {
    return this.ids.get(key);
  }

  form(id: number): string {
    return this.forms[id];
  }

  count(id: number, delta: 1 | -1) {
    this.df[id] = Math.max(0, this.df[id] + delta);
  }

  /** Smoothed inverse document frequency over `documents` stories. */
  idf(id: number, documents: number): number {
    return Math.log((documents + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }

  get size() {
    return this.forms.length;
  }
}
