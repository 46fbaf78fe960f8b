import { describe, expect, it } from 'vitest';
import { AUTHORS_HEAD, authorsLine } from '../../web/panels/details.ts';

const names = (n: number) => Array.from({ length: n }, (_, i) => `Author ${String.fromCharCode(65 + i)}`);

describe('a paper\'s byline (the details panel)', () => {
  it('gives a short list whole, in its order', () => {
    expect(authorsLine(['Kaiming He'])).toEqual({ text: 'Kaiming He', hidden: 0 });
    expect(authorsLine(names(AUTHORS_HEAD + 2))).toEqual({ text: names(AUTHORS_HEAD + 2).join(', '), hidden: 0 });
  });

  it('shortens a long one to its first names and its last, counting those left out: "A, B, C … Z (+N)"', () => {
    expect(AUTHORS_HEAD).toBe(3);
    expect(authorsLine(names(6))).toEqual({ text: 'Author A, Author B, Author C … Author F (+2)', hidden: 2 });
    expect(authorsLine(names(26))).toEqual({ text: 'Author A, Author B, Author C … Author Z (+22)', hidden: 22 });
  });

  it('gives every name when asked for all', () => {
    expect(authorsLine(names(26), true)).toEqual({ text: names(26).join(', '), hidden: 0 });
  });
});
