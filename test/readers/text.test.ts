import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the single-file build of compromise/two ships without a .d.ts (as in extract/entities/nlp.ts)
import nlp from '../../node_modules/compromise/builds/two/compromise-two.mjs';
import englishWords from '../../extract/readers/english-words.json' with { type: 'json' };
import {
  arxivIdFrom,
  collapseWhitespace,
  decodeTexAccents,
  findUrls,
  makeWordTest,
  mendHyphenation,
  normalizeDoi,
  normalizeText,
  parseAuthors,
  displayName,
  parseDate,
  isLexiconWord,
  slugify,
  titleKey,
  vocabularyOf,
} from '../../extract/readers/text.ts';
import { readInputs } from '../../extract/readers/index.ts';
import { cleanAbstract, recordContext } from '../../extract/readers/record.ts';

describe('english-words.json', () => {
  // The readers' copy of compromise's lexicon words (hyphenation mending). After a compromise upgrade,
  // regenerate it with:
  //   node -e "import('./node_modules/compromise/builds/two/compromise-two.mjs').then(({ default: nlp }) => require('fs').writeFileSync('extract/readers/english-words.json', JSON.stringify({ source: 'compromise ' + require('./node_modules/compromise/package.json').version + ', nlp.model().one.lexicon keys (compromise/two build)', words: Object.keys(nlp.model().one.lexicon).sort().join('\\n') }) + '\\n'))"
  it('holds exactly the words of compromise\'s lexicon', () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    expect(englishWords.words.split('\n')).toEqual(Object.keys(lexicon).sort());
  });

  it('isLexiconWord: lexicon words and their regular inflections', () => {
    expect(['search', 'samples', 'studies', 'produced', 'training', 'quickly'].every(isLexiconWord)).toBe(true);
    expect(['zoobot', 'constructor', '__proto__', 'mvtec'].some(isLexiconWord)).toBe(false);
  });
});

describe('normalizeText', () => {
  it('drops the BOM, converts CRLF and CR, composes NFD to NFC', () => {
    const nfd = 'Sche\u0301ma'; // e + combining acute
    expect(normalizeText(`\ufeffa\r\nb\rc\n${nfd}`)).toBe('a\nb\nc\nSch\u00e9ma');
  });
});

describe('mendHyphenation', () => {
  const vocab = makeWordTest(new Set());
  it.each([
    ['they suf- fer from', 'they suffer from'],
    ['defect sam- ples, types', 'defect samples, types'],
    ['27,039 high- resolution images', '27,039 high-resolution images'],
    ['real 3C produc- tion lines', 'real 3C production lines'],
    ['we in- troduce a', 'we introduce a'],
    ['small defect anoma- lies', 'small defect anomalies'],
    ['the end-of- the-line test', 'the end-of-the-line test'],
    ['this lim- its its use', 'this limits its use'],
    ['it can- not handle noise', 'it cannot handle noise'],
  ])('%s -> %s', (input, expected) => {
    expect(mendHyphenation(input, vocab, () => false)).toBe(expected);
  });

  it.each([
    'single- and multi-class AD methods',
    'coarse- and fine-grained retrieval',
    'multi-class unified model on MVTec-AD',
    'Few-Shot Anomaly-Driven Generation',
  ])('leaves real and suspended hyphens alone: %s', (input) => {
    expect(mendHyphenation(input, vocab, () => false)).toBe(input);
  });

  it('joins when the joined word occurs elsewhere in the input', () => {
    const text = 'our frame- work beats the baseline; the framework is simple';
    expect(mendHyphenation(text)).toBe('our framework beats the baseline; the framework is simple');
  });

  it('mends a one-record input with the word test of the reader (recordContext): the halves of a break are no words by themselves', () => {
    const text = 'We present a detector for 3C produc- tion lines; it outper- forms PatchCore on detec- tion tasks with high- resolution real- world images.';
    expect(cleanAbstract(text, recordContext('one.jsonl', text))).toBe(
      'We present a detector for 3C production lines; it outperforms PatchCore on detection tasks with high-resolution real-world images.',
    );
  });

  it.each([
    'two limitations- namely, cost and speed',
    'unlike other solutions- the proposed one',
  ])('leaves a hyphen written as a dash alone: %s', (input) => {
    expect(mendHyphenation(input, vocab, () => false)).toBe(input);
  });

  it('keeps the hyphen when the hyphenated form occurs elsewhere in the input', () => {
    const text = 'a zero- shot model; zero-shot transfer';
    expect(mendHyphenation(text, makeWordTest(vocabularyOf(text)))).toBe('a zero-shot model; zero-shot transfer');
  });
});

describe('slugify', () => {
  it.each([
    ['FiLo: Zero-Shot Anomaly Detection', 'filo-zero-shot-anomaly-detection'],
    ['ResAD++: Towards Class Agnostic Anomaly Detection', 'resadpp-towards-class-agnostic-anomaly-detection'],
    ["What's New in My Data?", 'what-s-new-in-my-data'],
    ['Schölkopf café', 'scholkopf-cafe'],
    ['???', 'paper'],
  ])('%s -> %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts long titles at a word boundary, at most 80 chars', () => {
    const s = slugify('Towards Foundation Models for Zero-Shot Time Series Anomaly Detection: Leveraging Synthetic Data and Relative Context Discrepancy');
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toBe('towards-foundation-models-for-zero-shot-time-series-anomaly-detection-leveraging');
  });
});

describe('identifiers', () => {
  it.each([
    ['http://arxiv.org/abs/2404.13671v1', '2404.13671'],
    ['https://arxiv.org/pdf/2106.08265v2.pdf', '2106.08265'],
    ['arXiv:2303.14814', '2303.14814'],
    ['2011.08785', '2011.08785'],
    ['arxiv:cs/0112017v1', 'cs/0112017'],
    ['https://github.com/x/y', undefined],
  ])('arxivIdFrom(%s) = %s', (v, id) => expect(arxivIdFrom(v)).toBe(id));

  it('normalizeDoi strips resolvers and prefixes', () => {
    expect(normalizeDoi('https://doi.org/10.1109/CVPR52688.2022.01392')).toBe('10.1109/CVPR52688.2022.01392');
    expect(normalizeDoi('doi:10.1609/aaai.v37i2.25309.')).toBe('10.1609/aaai.v37i2.25309');
    expect(normalizeDoi('not a doi')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-04-21', '2024-04-21', 2024],
    ['2021-06-15T17:59:59Z', '2021-06-15', 2021],
    ['2023-03', '2023-03', 2023],
    ['2020', '2020', 2020],
    ['Jun 8, 2022', '2022-06-08', 2022],
    ['21 April 2024', '2024-04-21', 2024],
    ['Sept. 2019', '2019-09', 2019],
    ['2024-02-29', '2024-02-29', 2024],
    // biblatex / EDTF ranges: their start (they were rejected, and the paper with them)
    ['2020-07/2020-08', '2020-07', 2020],
    ['2020/2021', '2020', 2020],
    ['2020-07-15/..', '2020-07-15', 2020],
    ['1988/', '1988', 1988],
  ])('%s -> %s', (v, date, year) => expect(parseDate(v)).toEqual({ date, year }));

  it.each(['2023-02-29', '2023-13-01', 'sometime in 2019', 'Smarch 3, 2020', '', '2020-13/2021'])('%s is not a date', (v) => {
    expect(parseDate(v)).toBeUndefined();
  });
  it('takes a year number', () => expect(parseDate(2018)).toEqual({ date: '2018', year: 2018 }));
});

describe('parseAuthors', () => {
  it.each([
    [['A. One', ' B.  Two '], ['A. One', 'B. Two']],
    ['Thomas Defard and Aleksandr Setkov and Angelique Loesch', ['Thomas Defard', 'Aleksandr Setkov', 'Angelique Loesch']],
    ['Chun-Liang Li, Kihyuk Sohn, Jinsung Yoon', ['Chun-Liang Li', 'Kihyuk Sohn', 'Jinsung Yoon']],
    ['Li, Chun-Liang and Sohn, Kihyuk', ['Chun-Liang Li', 'Kihyuk Sohn']],
    ['A. One, B. Two and C. Three', ['A. One', 'B. Two', 'C. Three']],
    ['A. One; B. Two', ['A. One', 'B. Two']],
    ['Li, Chun-Liang and Sohn, Kihyuk and others', ['Chun-Liang Li', 'Kihyuk Sohn']],
    ['A. One, B. Two and others', ['A. One', 'B. Two']],
    [[{ name: 'Jongheon Jeong' }, { firstName: 'Yang', lastName: 'Zou' }], ['Jongheon Jeong', 'Yang Zou']],
    // CSL-JSON: a person as family/given, an organisation as `literal` (it was dropped)
    [[{ family: 'Roth', given: 'Karsten' }, { literal: 'OpenAI' }], ['Karsten Roth', 'OpenAI']],
    // Scopus, old and new; Web of Science; Zotero with an organisation among the people
    ['Roth, K., Pemula, L.', ['K. Roth', 'L. Pemula']],
    ['Roth K., Pemula L., Zepeda J.-P.', ['K. Roth', 'L. Pemula', 'J.-P. Zepeda']],
    ['Roth K.; van der Berg A.B.', ['K. Roth', 'A. B. van der Berg']],
    ['Roth, KJ; Pemula, L', ['K. J. Roth', 'L. Pemula']],
    ['Roth, Karsten; OpenAI; Google DeepMind', ['Karsten Roth', 'OpenAI', 'Google DeepMind']],
    // PubMed (Vancouver), APA's &, et al., a database's placeholder for no name (each was an author of its own)
    ['Roth K, Pemula L, Zepeda JP.', ['K. Roth', 'L. Pemula', 'J. P. Zepeda']],
    ['Roth, K., & Pemula, L.', ['K. Roth', 'L. Pemula']],
    ['Karsten Roth & Latha Pemula', ['Karsten Roth', 'Latha Pemula']],
    ['Roth, K., et al.', ['K. Roth']],
    ['Roth K.; [No author name available]', ['K. Roth']],
    // "Family, Given" pairs joined by commas, where the text says so (each part was a name of its own) ...
    // (one name with a suffix: three names, "Smith", "John", "Jr.", before)
    ['Smith, John, Jr.', ['John Smith Jr.']],
    ['Smith, Jr., John', ['John Smith Jr.']],
    ['Ruff, Lukas, Vandermeulen, Robert A., van der Berg, J.-P.', ['Lukas Ruff', 'Robert A. Vandermeulen', 'J.-P. van der Berg']],
    ["O'Brien, Mary-Kate, McDonald, Ian and Zhang, Wei", ["Mary-Kate O'Brien", 'Ian McDonald', 'Wei Zhang']],
    // ... but not where the shape is not surely that: full names, an odd number of parts, companies
    ['Karsten Roth, Latha Pemula, Joaquin Zepeda, Bernhard Schölkopf', ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf']],
    ['Roth, Karsten, Pemula', ['Roth', 'Karsten', 'Pemula']],
    ['Google, DeepMind, OpenAI, Meta', ['Google', 'DeepMind', 'OpenAI', 'Meta']],
    ['Roth, Karsten, Microsoft, Research', ['Roth', 'Karsten', 'Microsoft', 'Research']],
    // ... nor where every part is one word: surnames alone or pairs, the text cannot say (they were paired: "Wang Li")
    ['Li, Wang, Zhang, Chen', ['Li', 'Wang', 'Zhang', 'Chen']],
    ['Roth, Karsten, Pemula, Latha', ['Roth', 'Karsten', 'Pemula', 'Latha']],
    ['Li, Wang, Zhang and Chen', ['Li', 'Wang', 'Zhang', 'Chen']],
    // (evidence in the string: initials, given names of two words, a surname's particles, a last "and Family, Given")
    ['Li, Wang, Zhang, Chen J.', ['Wang Li', 'Chen J. Zhang']],
    ['Li, Wang, Zhang, Xiao Ming', ['Wang Li', 'Xiao Ming Zhang']],
    ['Li, Wang, van Zhang, Chen', ['Wang Li', 'Chen van Zhang']],
    ['Li, Wang, Zhang, Chen and Liu, Yang', ['Wang Li', 'Chen Zhang', 'Yang Liu']],
  ] as [unknown, string[]][])('%j', (v, names) => expect(parseAuthors(v)).toEqual(names));
  it('reads a list of single words as pairs only on evidence from outside it, and says when its shape was open', () => {
    const open: number[] = [];
    let paired = 0;
    const opts = { ambiguous: (n: number) => open.push(n), paired: () => paired++ };
    expect(parseAuthors('Li, Wang, Zhang, Chen', opts)).toEqual(['Li', 'Wang', 'Zhang', 'Chen']);
    expect(parseAuthors('Roth, K., Pemula, L.', opts)).toEqual(['K. Roth', 'L. Pemula']);
    // ("A, B, C and D": a list of names, the last one alone after the and, not a shape left open)
    expect(parseAuthors('Li, Wang, Zhang and Chen', opts)).toEqual(['Li', 'Wang', 'Zhang', 'Chen']);
    expect([open, paired]).toEqual([[4], 1]);
    expect(parseAuthors('Roth, Karsten, Pemula, Latha', { pairs: true })).toEqual(['Karsten Roth', 'Latha Pemula']);
    // (pairs is evidence for an open list only: full names and odd lists stay as they are)
    expect(parseAuthors('Roth, Karsten, Pemula', { pairs: true })).toEqual(['Roth', 'Karsten', 'Pemula']);
    expect(parseAuthors('Google, DeepMind, OpenAI, Meta', { pairs: true })).toEqual(['Google', 'DeepMind', 'OpenAI', 'Meta']);
  });
  it.each([
    ['Roth, Karsten', 'Karsten Roth'],
    ['de la Torre, Fernando', 'Fernando de la Torre'],
    ["O'Brien, Mary-Kate", "Mary-Kate O'Brien"],
    ['Schölkopf, Bernhard', 'Bernhard Schölkopf'],
    ['Smith, Jr., John', 'John Smith Jr.'],
    ['Smith, John, Jr.', 'John Smith Jr.'],
    ['Smith, J.R.', 'J. R. Smith'],
    // dblp's disambiguation number, Scopus's author id
    ['Wei Zhang 0001', 'Wei Zhang'],
    ['Roth, Karsten (57211111111)', 'Karsten Roth'],
    // not a person's "Last, First" for sure: as written
    ['Microsoft Research, Asia', 'Microsoft Research, Asia'],
    ['Google, Inc.', 'Google, Inc.'],
    ['University of Oxford, UK', 'University of Oxford, UK'],
    ['Roth, Karsten, Pemula', 'Roth, Karsten, Pemula'],
    ['Plato', 'Plato'],
    ['Malcolm X', 'Malcolm X'],
    ['A. B. Smith', 'A. B. Smith'],
  ])('displayName(%j) is %j', (v, name) => expect(displayName(v)).toBe(name));
  it('has nothing for empty values', () => {
    expect(parseAuthors('[No author name available]')).toBeUndefined();
    expect(parseAuthors('[Anonymous]')).toBeUndefined();
    expect(parseAuthors('')).toBeUndefined();
    expect(parseAuthors([])).toBeUndefined();
    expect(parseAuthors(42)).toBeUndefined();
  });
  it('takes no author from a list either: a placeholder or an et al. as an item (JSON lists, RIS and EndNote author lines)', () => {
    expect(parseAuthors(['[No author name available]'])).toBeUndefined();
    expect(parseAuthors(['Roth, K.', 'et al.'])).toEqual(['K. Roth']);
    expect(parseAuthors(['Karsten Roth', 'et al', '[Anonymous]'])).toEqual(['Karsten Roth']);
    expect(parseAuthors(['Roth, K.', 'Pemula, L.'])).toEqual(['K. Roth', 'L. Pemula']);
  });
});

describe('findUrls', () => {
  it('classifies code, project and other links and drops trailing punctuation', () => {
    const text =
      'Code is available at https://github.com/AlirezaSalehy/Crane. Project page: https://xujiacong.github.io/Anomaly-OV/ ' +
      'and data (https://zenodo.org/record/123), see https://gitlab.com/a/b, https://anonymous.4open.science/r/DV4LLM-D761/';
    expect(findUrls(text)).toEqual([
      { url: 'https://github.com/AlirezaSalehy/Crane', kind: 'code' },
      { url: 'https://xujiacong.github.io/Anomaly-OV/', kind: 'project' },
      { url: 'https://zenodo.org/record/123', kind: 'other' },
      { url: 'https://gitlab.com/a/b', kind: 'code' },
      { url: 'https://anonymous.4open.science/r/DV4LLM-D761/', kind: 'code' },
    ]);
  });
  it('keeps one link for a LaTeX href residue URL{URL}', () => {
    expect(findUrls('at https://github.com/HUST-SLOW/SeaS{https://github.com/HUST-SLOW/SeaS}.')).toEqual([
      { url: 'https://github.com/HUST-SLOW/SeaS', kind: 'code' },
    ]);
  });
  it('collapseWhitespace drops soft hyphens and folds runs of space', () => {
    expect(collapseWhitespace(' a\u00ad b\n\t c\u00a0d ')).toBe('a b c d');
  });

  // Each whitespace / dropped char alone (the fast path must see every one), and texts with none.
  it.each([
    ['a b', 'a b'],
    [' a b ', 'a b'],
    ['a  b', 'a b'],
    ['e\u0301t\u00e9', '\u00e9t\u00e9'],
    ...['\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'].map((c) => [`a${c}b`, 'a b']),
    ...['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'].map((c) => [`a${c}b`, 'ab']),
    ['a\u200b b', 'a b'],
    ['a\u0085b\u180eb', 'a\u0085b\u180eb'], // not whitespace in JavaScript
  ])('collapseWhitespace(%j) = %j', (text, out) => expect(collapseWhitespace(text)).toBe(out));

  it('titleKey folds accents and keeps + apart; ASCII and non-ASCII titles agree', () => {
    expect(titleKey('ResAD++: Towards')).toBe('resadpptowards');
    expect(titleKey('Schölkopf Café-2')).toBe(titleKey('Scholkopf cafe 2'));
    expect(slugify('Café: a “Study”')).toBe(slugify('Cafe: a "Study"'));
  });
});

describe('decodeTexAccents (the arXiv snapshot)', () => {
  // Every accent command and letter command, braced and bare, as the BibTeX reader's parser decodes it.
  const forms = String.raw`{\"o} \"o \"{o} \'e {\'E} \`a \^o \~n \=a \.z \c{c} \c c {\v S} \v{c} \u{g} \H{o} \k{a} \r{a} \d{s} \'{\i} \"{\i} {\ss} \ss{} {\o} {\O} {\ae} {\AE} {\oe} {\OE} {\aa} {\AA} {\l} {\L} \o rsted`;
  it('decodes what the BibTeX reader decodes, to the same letters', () => {
    const bib = readInputs([{ file: 'x.bib', text: `@misc{k, title = {${forms}}, abstract = {An abstract.}, year = 2020}` }]).papers[0]!.title;
    expect(decodeTexAccents(forms)).toBe(bib);
    expect(bib).toBe('ö ö ö é É à ô ñ ā ż ç ç Š č ğ ő ą å ṣ í ï ß ß ø Ø æ Æ œ Œ å Å ł Ł ørsted');
  });
  it('leaves math, links and every other command as written', () => {
    for (const t of [String.raw`$\"o$ and $$\hat{x}$$`, String.raw`\(\'e\) \[\v{x}\]`, String.raw`$\alpha$-divergence`, String.raw`http://x.org/\~user`, String.raw`\cite{a} \emph{b} \omega \ldots \vspace{1em} -- ~`, String.raw`\$5 and \$6`]) {
      expect(decodeTexAccents(t), t).toBe(t);
    }
    expect(decodeTexAccents(String.raw`G\"odel's $\"o$ \$ and \"u`)).toBe(String.raw`Gödel's $\"o$ \$ and ü`);
  });
});
