/**
 * company_search_words computed while a file is read: for each name, its distinct words (split on
 * single spaces, empty ones ignored, exactly as `distinctWords` in SQL: string_to_array(name, ' ')),
 * each counted once per company.
 */
export class WordCounter {
  private readonly counts = new Map<string, number>();

  /** The words of the name being counted (reused: names hold a handful of words). */
  private readonly nameWords: string[] = [];

  addName(searchName: string): void {
    const seen = this.nameWords;
    seen.length = 0;
    let start = 0;
    while (start <= searchName.length) {
      let end = searchName.indexOf(' ', start);
      if (end < 0) end = searchName.length;
      if (end > start) {
        const word = searchName.slice(start, end);
        if (!seen.includes(word)) {
          seen.push(word);
          this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
        }
      }
      start = end + 1;
    }
  }

  get size(): number {
    return this.counts.size;
  }

  frequency(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /**
   * COPY text lines `word\tfrequency`. Search names hold only [a-z0-9 ] (normalizeName), so no
   * word needs escaping.
   */
  copyText(): string {
    let text = '';
    for (const [word, count] of this.counts) text += `${word}\t${count}\n`;
    return text;
  }
}
