/**
 * company_search_words computed while a file is read: for each name, its distinct words (split on
 * single spaces, empty ones ignored, exactly as `distinctWords` in SQL: string_to_array(name, ' ')),
 * each counted once per company.
 */
export class WordCounter {
  private readonly counts = new Map<string, number>();

  addName(searchName: string): void {
    const words = searchName.split(' ');
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] as string;
      if (word === '' || words.indexOf(word) < i) continue; // empty, or already counted for this name
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
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
