/**
 * The one error a reader throws: the input as a whole cannot be read (binary, empty, unrecognised, or a
 * CSV header with no title column). Record-level problems are never thrown: they become rejects.
 */

/** Formats the readers understand, as shown to users. */
export const FORMAT_DESCRIPTIONS = [
  'Hugging Face Daily Papers page text',
  'JSONL',
  'JSON array',
  'CSV',
  'BibTeX',
  'arXiv Atom XML',
  'RIS',
  'Web of Science plain text',
  'EndNote/refer tagged text',
  'PubMed (MEDLINE) text',
] as const;

export class UnreadableInputError extends Error {
  constructor(
    readonly file: string,
    readonly why: string,
  ) {
    // (text in another encoding is no question of format: its reason says how to convert it)
    super(/^UTF-16/.test(why) ? `${file}: ${why}` : `${file}: ${why}; expected one of: ${FORMAT_DESCRIPTIONS.join(', ')}`);
    this.name = 'UnreadableInputError';
  }
}
