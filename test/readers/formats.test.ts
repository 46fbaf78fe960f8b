/**
 * One good and one malformed fixture per format (test/fixtures/readers/): counts, a sample record, and the
 * malformed fixture's rejects line by line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readInputs } from '../../extract/readers/index.ts';
import type { FormatName, Paper } from '../../src/model.ts';
import { xmlSafe } from '../../src/export/gexf.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'readers');
const load = (name: string) => ({ file: name, text: readFileSync(join(FIX, name), 'utf8') });
const read = (name: string) => readInputs([load(name)]);

interface GoodCase {
  file: string;
  format: FormatName;
  papers: number;
  merged: number;
  sample: { title: string; want: Partial<Paper> };
}

const GOOD: GoodCase[] = [
  {
    file: 'hf-page.txt',
    format: 'hf-page',
    papers: 4,
    merged: 0,
    sample: { title: 'LOKI', want: { authorsCount: 15, date: '2024-10-13', year: 2024, upvotes: 4, urls: [{ url: 'https://opendatalab.github.io/LOKI/', kind: 'project' }] } },
  },
  {
    file: 'papers.jsonl',
    format: 'jsonl',
    papers: 4,
    merged: 0,
    sample: {
      title: 'Towards Total Recall',
      want: {
        id: 'towards-total-recall-in-industrial-anomaly-detection',
        authorsCount: 6,
        date: '2021-06-15',
        year: 2021,
        arxivId: '2106.08265',
        doi: '10.1109/CVPR52688.2022.01392',
        url: 'http://arxiv.org/abs/2106.08265v2',
        source: { file: 'papers.jsonl', line: 1 },
      },
    },
  },
  {
    file: 'papers.json',
    format: 'json',
    papers: 2,
    merged: 1,
    sample: {
      title: 'A Unified Model',
      want: {
        authorsCount: 7,
        date: '2022-06-08',
        // Filled in from the duplicate (third element) when it was merged.
        doi: '10.48550/arXiv.2206.03687',
        arxivId: '2206.03687',
        urls: [{ url: 'https://github.com/zhiyuanyou/UniAD', kind: 'code' }],
        source: { file: 'papers.json', line: 9 },
      },
    },
  },
  {
    file: 'papers.csv',
    format: 'csv',
    papers: 3,
    merged: 0,
    sample: {
      title: 'CFLOW-AD',
      want: {
        authors: ['Denis Gudovskiy', 'Shun Ishizaka', 'Kazuki Kozuka'],
        date: '2022',
        year: 2022,
        doi: '10.1109/WACV51458.2022.00188',
        arxivId: '2107.12571',
        source: { file: 'papers.csv', line: 5 },
      },
    },
  },
  {
    file: 'papers.bib',
    format: 'bibtex',
    papers: 3,
    merged: 0,
    sample: {
      title: 'Towards Total Recall',
      want: {
        authors: ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf', 'Thomas Brox', 'Peter Gehler'],
        date: '2022-06',
        year: 2022,
        arxivId: '2106.08265',
        doi: '10.1109/CVPR52688.2022.01392',
        source: { file: 'papers.bib', line: 4 },
      },
    },
  },
  {
    file: 'arxiv.xml',
    format: 'arxiv-atom',
    papers: 3,
    merged: 0,
    sample: {
      title: 'FiLo',
      want: {
        title: 'FiLo: Zero-Shot Anomaly Detection by Fine-Grained Description and High-Quality Localization',
        authorsCount: 7,
        date: '2024-04-21',
        year: 2024,
        arxivId: '2404.13671',
        url: 'http://arxiv.org/abs/2404.13671v1',
        urls: [{ url: 'https://github.com/CASIA-IVA-Lab/FiLo', kind: 'code' }],
        source: { file: 'arxiv.xml', line: 8 },
      },
    },
  },
  {
    file: 'wos.txt',
    format: 'wos',
    papers: 3,
    merged: 0,
    sample: {
      title: 'Towards Total Recall',
      want: {
        // (AF, the full names, one a line; DA, the day of the export, is not the paper's date)
        authors: ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schoelkopf', 'Thomas Brox', 'Peter Gehler'],
        date: '2022',
        year: 2022,
        doi: '10.1109/CVPR52688.2022.01392',
        source: { file: 'wos.txt', line: 3 },
      },
    },
  },
  {
    file: 'endnote.enw',
    format: 'endnote',
    papers: 3,
    merged: 0,
    sample: {
      title: 'DRAEM',
      want: {
        // (its "%0" after the authors, its title and abstract wrapped, "%R" the DOI and then the pages)
        title: 'DRAEM - A discriminatively trained reconstruction embedding for surface anomaly detection',
        authors: ['Vitjan Zavrtanik', 'Matej Kristan', 'Danijel Skočaj'],
        date: '2021',
        doi: '10.1109/ICCV48922.2021.00822',
        arxivId: '2108.07610',
        url: 'https://arxiv.org/abs/2108.07610',
        source: { file: 'endnote.enw', line: 41 },
      },
    },
  },
];

describe.each(GOOD)('$format: $file', ({ file, format, papers, merged, sample }) => {
  const r = read(file);
  it(`is detected as ${format}`, () => expect(detectFormat(load(file).text, file)).toBe(format));
  it(`reads ${papers} papers, 0 rejects, ${merged} merged`, () => {
    expect(r.rejects).toEqual([]);
    expect(r.papers).toHaveLength(papers);
    expect(r.merged).toHaveLength(merged);
    expect(r.recordsIn).toBe(papers + merged);
  });
  it(`reads "${sample.title}…" field by field`, () => {
    const p = r.papers.find((x) => x.title.startsWith(sample.title));
    expect(p).toMatchObject(sample.want);
  });
  it('gives every paper a title, a one-paragraph abstract and its source line', () => {
    for (const p of r.papers) {
      expect(p.title).toBe(p.title.trim());
      expect(p.abstract).not.toMatch(/\n|\s{2}|<\/?[a-z]+>/);
      expect(p.source.file).toBe(file);
      expect(p.source.line).toBeGreaterThan(0);
    }
  });
});

const MALFORMED: { file: string; papers: string[]; rejects: [number, RegExp][] }[] = [
  {
    file: 'hf-page-malformed.txt',
    papers: ['SimpleNet', 'AnomalyCLIP'],
    rejects: [
      [13, /^"AnomalyGPT: .*": no abstract$/],
      [19, /^"EfficientAD: .*": unparseable date "Feb 30, 2023" \(line 25\): no such day$/],
      [27, /^"MuSc: .*": unparseable date "Smarch 30, 2024" \(line 33\)$/],
    ],
  },
  {
    file: 'papers-malformed.jsonl',
    papers: ['Deep One-Class Classification', 'Anomaly Detection via Reverse Distillation'],
    rejects: [
      [2, /^invalid JSON: Unterminated string/],
      [3, /^record has no title$/],
      [4, /^"Learning Memory-guided Normality for Anomaly Detection": no abstract$/],
      [5, /^"Old-style Date": unparseable date "sometime in 2019"$/],
      [6, /^expected a JSON object, got an array$/],
      [9, /^"Bad Year": unparseable year "20x1"$/],
    ],
  },
  {
    file: 'papers-malformed.json',
    papers: ['MVTec AD'],
    rejects: [
      [7, /^invalid JSON in array element: Expected ',' or '}' after property value in JSON at line 9$/],
      [11, /^expected a JSON object, got string$/],
      [12, /^"No Abstract Here": no abstract$/],
      [16, /^"Bad Date": unparseable date "2023-02-30"$/],
    ],
  },
  {
    file: 'papers-malformed.csv',
    papers: ['Same Same But DifferNet', 'Fully Convolutional Cross-Scale-Flows'],
    rejects: [
      [3, /^CSV row has 2 fields, the header has 4$/],
      [4, /^CSV row has 5 fields, the header has 4$/],
      [5, /^"No Abstract": no abstract$/],
      [6, /^"Bad Year": unparseable year "twenty-twenty"$/],
      [7, /^CSV: Invalid Closing Quote \(in the row starting here\)$/],
      [9, /^CSV: Quote Not Closed \(in the row starting here\)$/],
    ],
  },
  {
    file: 'papers-malformed.bib',
    papers: ['PaDiM', 'CutPaste'],
    rejects: [
      [8, /^@article\{bergmann2019mvtec\}: "MVTec AD – A Comprehensive .*": no abstract$/],
      [14, /^BibTeX @article: Unterminated brace-value/],
      [19, /^@article\{badyear\}: "Student-Teacher .*": unparseable year "20xx"$/],
    ],
  },
  {
    file: 'arxiv-malformed.xml',
    papers: ['SimpleNet'],
    rejects: [
      [13, /^"AnomalyGPT: .*": no abstract$/],
      [19, /^Atom <entry>: invalid XML at line 24: Expected closing tag 'summary' \(opened in line 23, col 5\) instead of closing tag 'summ'\.$/],
      [26, /^"MuSc: .*": unparseable date "last tuesday"$/],
      [32, /^record has no title$/],
      [37, /^Atom <entry> is not closed with <\/entry>$/],
    ],
  },
  {
    file: 'wos-malformed.txt',
    papers: ['PaDiM', 'DRAEM'],
    rejects: [
      [3, /^"The MVTec Anomaly Detection Dataset: .*": no abstract$/],
      [28, /^record has no title$/],
      [36, /^"FastFlow: .*": unparseable year "20xx"$/],
    ],
  },
  {
    file: 'endnote-malformed.enw',
    papers: ['PaDiM', 'CFLOW-AD'],
    rejects: [
      [1, /^"The MVTec Anomaly Detection Dataset: .*": no abstract$/],
      [18, /^record has no title$/],
      [23, /^"FastFlow: .*": unparseable date "20xx"$/],
    ],
  },
];

describe.each(MALFORMED)('malformed: $file', ({ file, papers, rejects }) => {
  const r = read(file);
  it('reads the good records', () => {
    expect(r.papers.map((p) => papers.findIndex((t) => p.title.startsWith(t)))).toEqual(papers.map((_t, k) => k));
  });
  it('rejects each bad record with its file, line and reason', () => {
    const got = [...r.rejects].sort((a, b) => a.line - b.line);
    expect(got.map((x) => x.line)).toEqual(rejects.map(([line]) => line));
    got.forEach((x, k) => {
      expect(x.file).toBe(file);
      expect(x.reason).toMatch(rejects[k][1]);
    });
  });
  it('counts every record: in = papers + rejects + merged', () => {
    expect(r.recordsIn).toBe(papers.length + rejects.length + r.merged.length);
  });
});

describe('BibTeX decoding', () => {
  const r = read('papers.bib');
  it('decodes LaTeX accents, dashes, braces, \\% and \\url', () => {
    const patchcore = r.papers.find((p) => p.title.startsWith('Towards Total Recall'));
    expect(patchcore?.abstract).toContain('We propose PatchCore, which uses');
    expect(patchcore?.abstract).toContain('widely used MVTec AD benchmark');
    expect(patchcore?.abstract).toContain('up to 99.6%, more than halving');
    const svdd = r.papers.find((p) => p.title === 'Deep One-Class Classification');
    expect(svdd?.authors).toContain('Nico Görnitz');
    expect(svdd?.abstract).toContain('method—Deep Support Vector Data Description—, which');
    const draem = r.papers.find((p) => p.title.startsWith('DRAEM'));
    expect(draem?.title).toBe('DRAEM – A discriminatively trained reconstruction embedding for surface anomaly detection');
    expect(draem?.authors).toContain('Danijel Skočaj');
    expect(draem?.arxivId).toBe('2108.07610');
    expect(draem?.urls).toEqual([{ url: 'https://github.com/VitjanZ/DRAEM', kind: 'code' }]);
    expect(draem?.abstract).toMatch(/Code: https:\/\/github\.com\/VitjanZ\/DRAEM\.$/);
  });
  it('keeps literal angle brackets and strips markup', () => {
    const text = '@article{k, title = {A \\textbf{Bold} Title}, abstract = {Scores with p < 0.05 and x > 3 are \\emph{kept}.}, year = 2020}';
    const p = readInputs([{ file: 'x.bib', text }]).papers[0];
    expect(p.title).toBe('A Bold Title');
    expect(p.abstract).toBe('Scores with p < 0.05 and x > 3 are kept.');
  });
});

describe('BibTeX entries on one line, control spaces, et al.', () => {
  const text = '@article{a, title={Alpha}, abstract={We propose AlphaNet.}, year=2020} @article{b, title={Beta}, author={Smith, John and others}, abstract={It beats, e.g.\\ PatchCore, i.e.\\ the baseline.}, year=2021}\n';
  it('reads an entry that follows another on its line (it was dropped without a word)', () => {
    const r = readInputs([{ file: 'one.bib', text }]);
    expect(r.papers.map((p) => p.title)).toEqual(['Alpha', 'Beta']);
    expect(r.rejects).toEqual([]);
  });
  it('reads the LaTeX control space as a space, with no warning, and "and others" as no author', () => {
    const r = readInputs([{ file: 'one.bib', text }]);
    const beta = r.papers.find((p) => p.title === 'Beta');
    expect(beta?.abstract).toBe('It beats, e.g. PatchCore, i.e. the baseline.');
    expect(beta?.authors).toEqual(['John Smith']);
    expect(r.warnings).toEqual([]);
  });
  it('reads them so entry by entry too (a broken entry elsewhere in the file)', () => {
    const r = readInputs([{ file: 'one.bib', text: `${text}@article{oops,\n  title = {Never closed\n` }]);
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([['Alpha', 'We propose AlphaNet.'], ['Beta', 'It beats, e.g. PatchCore, i.e. the baseline.']]);
    expect(r.rejects).toHaveLength(1);
  });
});

describe('BibTeX: an @word( after a brace inside a field is no entry', () => {
  it('reads "{Python} @dataclass(frozen=True)" in an abstract as text', () => {
    const text = '@article{a,\n  title = {Alpha},\n  abstract = {Configs are written as {Python} @dataclass(frozen=True) classes.},\n  year = 2020\n}\n@article{b, title={Beta}, abstract={We propose BetaNet.}, year=2021}\n';
    const r = readInputs([{ file: 'dc.bib', text }]);
    expect(r.papers.map((p) => p.title)).toEqual(['Alpha', 'Beta']);
    expect(r.rejects).toEqual([]);
  });
});

describe("arXiv's RSS feeds as Atom (rss.arxiv.org/atom/cs.CV)", () => {
  const entry = (id: string, type: string, title: string, creators: string) => `  <entry>
    <id>oai:arXiv.org:${id}</id>
    <title>${title}</title>
    <updated>2024-01-23T00:00:00-05:00</updated>
    <link href="https://arxiv.org/abs/${id.replace(/v\d+$/, '')}" rel="alternate" type="text/html"/>
    <summary>arXiv:${id} Announce Type: ${type} 
Abstract: We propose ${title.split(' ')[0]}Net for anomaly detection.</summary>
    <category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
    <published>2024-01-23T00:00:00-05:00</published>
    <arxiv:announce_type>${type}</arxiv:announce_type>
    <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
    ${creators}
  </entry>
`;
  const feed = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://www.w3.org/2005/Atom" xml:lang="en-us">
  <id>http://rss.arxiv.org/atom/cs.CV</id>
  <title>cs.CV updates on arXiv.org</title>
  <updated>2024-01-23T00:00:00-05:00</updated>
${entry('2401.12345v1', 'new', 'ZeroCLIP for Zero-Shot Anomaly Detection', '<dc:creator>Karsten Roth, Latha Pemula, Joaquin Zepeda</dc:creator>')}${entry('2106.08265v3', 'replace', 'PatchCore Revisited', '<dc:creator>Karsten Roth</dc:creator><dc:creator>Latha Pemula</dc:creator>')}</feed>
`;
  it('reads the authors of <dc:creator> (they were lost), the abstract without "arXiv:... Announce Type: new Abstract:" (it was its first words), a new version dated by its first', () => {
    const r = readInputs([{ file: 'cs.CV.atom', text: feed }]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.abstract, p.authors, p.date, p.arxivId])).toEqual([
      [6, 'ZeroCLIP for Zero-Shot Anomaly Detection', 'We propose ZeroCLIPNet for anomaly detection.', ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda'], '2024-01-23', '2401.12345'],
      // (announced on 2024-01-23 as a replacement: its first version is of June 2021, as its id says)
      [19, 'PatchCore Revisited', 'We propose PatchCoreNet for anomaly detection.', ['Karsten Roth', 'Latha Pemula'], '2021-06', '2106.08265'],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.rejects).toEqual([]);
  });
});

describe("arXiv's RSS feeds as RSS 2.0 (rss.arxiv.org/rss/cs.CV)", () => {
  const item = (id: string, type: string, title: string, pubDate: string) => `    <item>
      <title>${title}</title>
      <link>https://arxiv.org/abs/${id.replace(/v\d+$/, '')}</link>
      <description>arXiv:${id} Announce Type: ${type} 
Abstract: We propose ${title.split(' ')[0]}Net for anomaly detection.</description>
      <guid isPermaLink="false">oai:arXiv.org:${id}</guid>
      <category>cs.CV</category>
      <pubDate>${pubDate}</pubDate>
      <arxiv:announce_type>${type}</arxiv:announce_type>
      <dc:creator>Karsten Roth, Latha Pemula</dc:creator>
    </item>
`;
  const feed = `<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
  <channel>
    <title>cs.CV updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.CV</link>
    <description>cs.CV updates on the arXiv.org e-print archive.</description>
    <lastBuildDate>Tue, 23 Jan 2024 00:00:00 -0500</lastBuildDate>
${item('2401.12345v1', 'new', 'ZeroCLIP for Zero-Shot Anomaly Detection', 'Tue, 23 Jan 2024 23:30:00 -0500')}${item('2106.08265v3', 'replace', 'PatchCore Revisited', 'Tue, 23 Jan 2024 00:00:00 -0500')}    <item>
      <title>Cut Short</title>
  </channel>
</rss>
`;
  it('is detected and read as the Atom feed is, its day as <pubDate> writes it (the file was "unrecognised format")', () => {
    expect(detectFormat(feed, 'cs.CV.xml')).toBe('arxiv-atom');
    const r = readInputs([{ file: 'cs.CV.xml', text: feed }]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.abstract, p.authors, p.date, p.arxivId, p.url])).toEqual([
      [8, 'ZeroCLIP for Zero-Shot Anomaly Detection', 'We propose ZeroCLIPNet for anomaly detection.', ['Karsten Roth', 'Latha Pemula'], '2024-01-23', '2401.12345', 'https://arxiv.org/abs/2401.12345'],
      [19, 'PatchCore Revisited', 'We propose PatchCoreNet for anomaly detection.', ['Karsten Roth', 'Latha Pemula'], '2021-06', '2106.08265', 'https://arxiv.org/abs/2106.08265'],
    ]);
    expect(r.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual(['30: RSS <item> is not closed with </item>']);
  });
});

describe('arXiv Atom character references', () => {
  it('decodes numeric references as well as the XML entities', () => {
    const text = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id><published>2024-01-01T00:00:00Z</published><title>Caf&#233; D&#xE9;tection &amp; More</title><summary>We propose Na&#239;veAD &lt;fast&gt;.</summary></entry></feed>\n';
    const p = readInputs([{ file: 'e.xml', text }]).papers[0];
    expect(p.title).toBe('Café Détection & More');
    expect(p.abstract).toBe('We propose NaïveAD <fast>.');
  });
});

describe('BibTeX: whole-file and entry-by-entry reading agree', () => {
  it('a broken entry appended to the good file costs only itself', () => {
    const { file, text } = load('papers.bib');
    const clean = readInputs([{ file, text }]);
    const broken = readInputs([{ file, text: `${text}\n@article{oops,\n  title = {Never closed\n` }]);
    expect(broken.papers).toEqual(clean.papers);
    expect(broken.rejects.map((x) => [x.line, x.reason])).toEqual([[text.split('\n').length + 1, expect.stringMatching(/^BibTeX @article: Unterminated brace-value/)]]);
  });
});

describe('JSON shapes', () => {
  it('reads the Hugging Face daily_papers API shape (fields under `paper`)', () => {
    const text = JSON.stringify([
      {
        paper: {
          id: '2404.13671',
          title: 'FiLo: Zero-Shot Anomaly Detection by Fine-Grained Description and High-Quality Localization',
          summary: 'Zero-shot anomaly detection (ZSAD) methods entail detecting anomalies directly.',
          authors: [{ name: 'Zhaopeng Gu' }, { name: 'Bingke Zhu' }],
          publishedAt: '2024-04-21T14:22:35.000Z',
          upvotes: 3,
        },
        numComments: 0,
      },
    ]);
    const r = readInputs([{ file: 'daily.json', text }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers[0]).toMatchObject({ arxivId: '2404.13671', authors: ['Zhaopeng Gu', 'Bingke Zhu'], date: '2024-04-21', upvotes: 3 });
  });
  it("reads the records an API response wraps in a list (Semantic Scholar's {total, data: [...]}: it was one reject, 'record has no title and no abstract')", () => {
    const response = {
      total: 3,
      offset: 0,
      data: [
        { paperId: 'a1', title: 'Alpha', abstract: 'We propose AlphaNet.', year: 2023, authors: [{ authorId: '1', name: 'Ann Lee' }] },
        { paperId: 'b2', title: 'Beta', abstract: null, year: 2022 },
        { paperId: 'c3', title: 'Gamma', abstract: 'We propose GammaNet.', year: 2021 },
      ],
    };
    for (const [file, text] of [['s2.json', JSON.stringify(response, null, 2)], ['s2.jsonl', JSON.stringify(response)]]) {
      const r = readInputs([{ file, text }]);
      expect(r.papers.map((p) => [p.title, p.year, p.authors])).toEqual([['Alpha', 2023, ['Ann Lee']], ['Gamma', 2021, undefined]]);
      expect(r.rejects).toEqual([{ file, line: 1, reason: '"data"[1]: "Beta": no abstract' }]);
      expect(r.recordsIn).toBe(3);
    }
    // a record with neither title nor abstract stays one reject, its list of authors no list of records
    expect(readInputs([{ file: 'x.jsonl', text: '{"authors":[{"name":"A"},{"name":"B"}],"year":2020}\n' }]).rejects.map((x) => x.reason)).toEqual(['record has no title and no abstract']);
  });
});

describe("Crossref's REST API (api.crossref.org/works)", () => {
  // (a work as the API gives it, trimmed: the title a list, the date objects of date-parts, the abstract JATS XML)
  const work = (title: string, extra: Record<string, unknown> = {}) => ({
    indexed: { 'date-parts': [[2024, 3, 1]], 'date-time': '2024-03-01T00:00:00Z', timestamp: 1709251200000 },
    publisher: 'IEEE',
    DOI: `10.1109/${title}`,
    type: 'proceedings-article',
    created: { 'date-parts': [[2022, 9, 27]], 'date-time': '2022-09-27T19:56:43Z', timestamp: 1664308603000 },
    title: [title],
    author: [{ given: 'Karsten', family: 'Roth', sequence: 'first', affiliation: [] }, { given: 'Latha', family: 'Pemula', sequence: 'additional', affiliation: [] }],
    abstract: '<jats:title>Abstract</jats:title><jats:p>Being able to spot defective parts &amp; flaws.</jats:p><jats:p>We propose <jats:italic>PatchCore</jats:italic>.</jats:p>',
    published: { 'date-parts': [[2022, 6]] },
    issued: { 'date-parts': [[2022, 6]] },
    URL: `http://dx.doi.org/10.1109/${title.toLowerCase()}`,
    ...extra,
  });
  it('reads a works list, a single work and a work a line: title, JATS abstract as text, authors, date (each was a reject: "record has no title and no abstract", or "record has no title")', () => {
    const list = { status: 'ok', 'message-type': 'work-list', 'message-version': '1.0.0', message: { facets: {}, 'total-results': 2, items: [work('Alpha'), work('Beta', { published: { 'date-parts': [[null]] }, issued: { 'date-parts': [[null]] } })], 'items-per-page': 20 } };
    const one = { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: work('Gamma') };
    const r = readInputs([
      { file: 'list.json', text: JSON.stringify(list, null, 2) },
      { file: 'one.json', text: JSON.stringify(one) },
      { file: 'lines.jsonl', text: `${JSON.stringify(work('Delta'))}\n` },
    ]);
    expect(r.rejects).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.papers.map((p) => [p.source.file, p.title, p.abstract, p.authors, p.date, p.doi])).toEqual([
      ['list.json', 'Alpha', 'Being able to spot defective parts & flaws. We propose PatchCore.', ['Karsten Roth', 'Latha Pemula'], '2022-06', '10.1109/Alpha'],
      // (an unknown date, "date-parts": [[null]], is no date: it was "0", a reject for its date)
      ['list.json', 'Beta', 'Being able to spot defective parts & flaws. We propose PatchCore.', ['Karsten Roth', 'Latha Pemula'], undefined, '10.1109/Beta'],
      ['one.json', 'Gamma', 'Being able to spot defective parts & flaws. We propose PatchCore.', ['Karsten Roth', 'Latha Pemula'], '2022-06', '10.1109/Gamma'],
      ['lines.jsonl', 'Delta', 'Being able to spot defective parts & flaws. We propose PatchCore.', ['Karsten Roth', 'Latha Pemula'], '2022-06', '10.1109/Delta'],
    ]);
  });
  it('says a response with no results is one, and names the envelope in a reject', () => {
    const empty = { status: 'ok', message: { 'total-results': 0, items: [] } };
    const bad = { status: 'ok', message: { items: [work('Alpha', { abstract: null })] } };
    const r = readInputs([{ file: 'empty.json', text: JSON.stringify(empty) }, { file: 'bad.json', text: JSON.stringify(bad) }]);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual(['empty.json:1: JSON: no record, only an empty list "items" (an API response with no results?)']);
    expect(r.rejects.map((x) => `${x.file}:${x.line}: ${x.reason}`)).toEqual(['bad.json:1: "message": "items"[0]: "Alpha": no abstract']);
  });
  it('keeps a structured abstract\'s headings as sentences of their own', () => {
    const abstract = '<jats:sec><jats:title>Background</jats:title><jats:p>Defects are rare.</jats:p></jats:sec><jats:sec><jats:title>Methods</jats:title><jats:p>We propose X with <mml:math><mml:mi>k</mml:mi></mml:math> neighbours.</jats:p></jats:sec>';
    const r = readInputs([{ file: 'w.jsonl', text: JSON.stringify(work('Alpha', { abstract })) }]);
    expect(r.papers.map((p) => p.abstract)).toEqual(['Background. Defects are rare. Methods. We propose X with k neighbours.']);
  });
});

describe("Semantic Scholar's citations and references (/paper/{id}/citations)", () => {
  it('reads each citingPaper of the list (the response was one reject: "record has no title and no abstract")', () => {
    const response = {
      offset: 0,
      next: 2,
      data: [
        { contexts: ['as in [3]'], intents: ['methodology'], isInfluential: false, citingPaper: { paperId: 'a1', externalIds: { ArXiv: '2401.00001' }, title: 'Alpha', abstract: 'We propose AlphaNet.', year: 2024, authors: [{ authorId: '1', name: 'Ann Lee' }] } },
        { contexts: [], intents: [], isInfluential: false, citingPaper: { paperId: 'b2', title: 'Beta', abstract: null, year: 2023, authors: [] } },
      ],
    };
    const r = readInputs([{ file: 'citations.json', text: JSON.stringify(response, null, 2) }]);
    expect(r.papers.map((p) => [p.title, p.authors, p.date, p.arxivId])).toEqual([['Alpha', ['Ann Lee'], '2024', '2401.00001']]);
    expect(r.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual(['1: "data"[1]: "citingPaper": "Beta": no abstract']);
  });
});

describe("Europe PMC's REST API (ebi.ac.uk/europepmc/webservices/rest/search)", () => {
  it('reads its authorString and firstPublicationDate (authors lost, the year alone), its HTML abstract as text (tags read as words)', () => {
    const response = {
      version: '6.9',
      hitCount: 1,
      request: { queryString: 'anomaly detection', resultType: 'core', pageSize: 25 },
      resultList: {
        result: [
          {
            id: '36123456',
            source: 'MED',
            pmid: '36123456',
            doi: '10.1016/j.media.2022.102500',
            title: 'Anomaly detection in <i>CT</i> scans',
            authorString: 'Roth K, Pemula L.',
            pubYear: '2022',
            abstractText: '<h4>Background</h4>Defects are rare in <i>CT</i>.<h4>Methods</h4>We propose CTNet (p < 0.05, 10<sup>3</sup> scans).',
            firstPublicationDate: '2022-06-15',
          },
        ],
      },
    };
    const r = readInputs([{ file: 'europepmc.json', text: JSON.stringify(response) }]);
    expect(r.papers.map((p) => [p.title, p.abstract, p.authors, p.date, p.doi])).toEqual([
      ['Anomaly detection in CT scans', 'Background. Defects are rare in CT. Methods. We propose CTNet (p < 0.05, 10^3 scans).', ['K. Roth', 'L. Pemula'], '2022-06-15', '10.1016/j.media.2022.102500'],
    ]);
    expect(r.rejects).toEqual([]);
  });
  it('keeps tags a text names without markup: "attackers inject <div> and <a> elements" (no tag closed, no line break)', () => {
    const abs = 'Cross-site scripting attackers inject <div> and <a href> elements into pages; we detect them with a classifier over DOM paths.';
    const r = readInputs([{ file: 'xss.jsonl', text: JSON.stringify({ title: 'Detecting XSS', abstract: abs }) + '\n' }]);
    expect(r.papers.map((p) => p.abstract)).toEqual([abs]);
  });
});

describe('a title or an abstract that is no string', () => {
  it('reads an abstract given as a list of its paragraphs (it was "no abstract"), and says a title or abstract is an object or a list (it was "record has no title")', () => {
    const text = [
      JSON.stringify({ title: 'Alpha', abstract: ['BACKGROUND: Defects are rare.', '', 'METHODS: We propose AlphaNet.'] }),
      JSON.stringify({ title: { en: 'Beta' }, abstract: 'We propose BetaNet.' }),
      JSON.stringify({ title: 'Gamma', abstract: { text: 'We propose GammaNet.' } }),
      JSON.stringify({ title: 'Delta', abstract: [{ label: 'METHODS', text: 'We propose DeltaNet.' }] }),
    ].join('\n');
    const r = readInputs([{ file: 'x.jsonl', text }]);
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([['Alpha', 'BACKGROUND: Defects are rare. METHODS: We propose AlphaNet.']]);
    expect(r.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual([
      '2: record\'s title is an object, not text: {"en":"Beta"}',
      '3: record\'s abstract is an object, not text: {"text":"We propose GammaNet."}',
      '4: record\'s abstract is a list, not text: [{"label":"METHODS","text":"We propose DeltaNet."}]',
    ]);
  });
});

describe('structured abstracts', () => {
  it('a section heading on a line of its own becomes a sentence of its own, not the first word of its section', () => {
    const rec = { title: 'Breast image classification', abstract: 'Background\nMammography is hard to read.\n\nMethods\nOnline datasets were used for this work.\nResults: accuracy rose.' };
    const p = readInputs([{ file: 'x.jsonl', text: JSON.stringify(rec) + '\n' }]).papers[0];
    expect(p.abstract).toBe('Background. Mammography is hard to read. Methods. Online datasets were used for this work. Results: accuracy rose.');
  });
  it('a heading word inside a sentence is left alone', () => {
    const rec = { title: 'T', abstract: 'Our results\nshow gains over prior methods.' };
    const p = readInputs([{ file: 'x.jsonl', text: JSON.stringify(rec) + '\n' }]).papers[0];
    expect(p.abstract).toBe('Our results show gains over prior methods.');
  });
});

describe('BibTeX: a % inside a value is a percent sign', () => {
  it('keeps the rest of the line after "99.6%" (the parser read it as a comment and dropped it without a word)', () => {
    const text = [
      '% a file comment with a { brace',
      '@comment{ 50% done }',
      '@article{a,',
      '  title = {100% Accurate? A Study}, % a comment after a field',
      '%  note = {a commented-out field},',
      '  abstract = {It reaches 99.6% AUROC on MVTec AD and 98% on VisA, escaped 97\\% too.},',
      '  url = {http://x.org/a%20b},',
      '  year = 2020',
      '}',
      '@article{b, title = {Beta}, abstract = "A quoted 50% value, then more.", year = 2021}',
      '',
    ].join('\n');
    const r = readInputs([{ file: 'pct.bib', text }]);
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([
      ['100% Accurate? A Study', 'It reaches 99.6% AUROC on MVTec AD and 98% on VisA, escaped 97% too.'],
      ['Beta', 'A quoted 50% value, then more.'],
    ]);
    expect(r.papers[0].url).toBe('http://x.org/a%20b');
    expect(r.rejects).toEqual([]);
    expect(r.warnings).toEqual([]);
    // entry by entry (a broken entry elsewhere in the file) too
    const broken = readInputs([{ file: 'pct.bib', text: `${text}@article{oops,\n  title = {Never closed\n` }]);
    expect(broken.papers).toEqual(r.papers);
  });
});

describe('CSV written by pandas', () => {
  it('reads a year column with a gap in it ("2021.0", pandas writes such a column as floats) instead of rejecting every dated paper', () => {
    const text = ',title,abstract,year\n0,Alpha paper,We propose AlphaNet.,2021.0\n1,Beta paper,We propose BetaNet.,\n';
    const r = readInputs([{ file: 'pandas.csv', text }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.year, p.date])).toEqual([['Alpha paper', 2021, '2021'], ['Beta paper', undefined, undefined]]);
  });
  it('reads a year with a reference manager\'s disambiguation letter ("2024a") as that year; other words stay rejects', () => {
    const bib = '@article{a, title={Alpha}, abstract={We propose AlphaNet.}, year={2024a}}\n@article{b, title={Beta}, abstract={We propose BetaNet.}, year={2024ab}}\n';
    const r = readInputs([{ file: 'refs.bib', text: bib }]);
    expect(r.papers.map((p) => [p.title, p.year, p.date])).toEqual([['Alpha', 2024, '2024']]);
    expect(r.rejects.map((x) => x.reason)).toEqual(['@article{b}: "Beta": unparseable year "2024ab"']);
  });
  it('reads counts written as floats ("15.0" authors, "4.0" upvotes: they were dropped without a word)', () => {
    const text = 'title,abstract,authorsCount,upvotes\nAlpha paper,We propose AlphaNet.,15.0,4.0\nBeta paper,We propose BetaNet.,,\n';
    const r = readInputs([{ file: 'pandas.csv', text }]);
    expect(r.papers.map((p) => [p.title, p.authorsCount, p.upvotes])).toEqual([['Alpha paper', 15, 4], ['Beta paper', undefined, undefined]]);
    expect(readInputs([{ file: 'y.csv', text: 'title,abstract,year\nGamma,We propose GammaNet.,2021.5\n' }]).rejects.map((x) => x.reason)).toEqual(['"Gamma": unparseable year "2021.5"']);
  });
});

describe('a date that is a status ("in press", "n.d.", "forthcoming"): read undated, with a warning', () => {
  const abstract = 'We propose ZorbNet for anomaly detection.';
  it('in BibTeX: the paper is read undated and a warning names file, line and entry; a year beside the status is the year', () => {
    const bib = [
      `@article{press, title={In Press Paper}, abstract={${abstract}}, year={in press}}`,
      `@article{nd,\n  title={No Date Paper},\n  abstract={${abstract}},\n  year={n.d.}\n}`,
      `@article{forth, title={Forthcoming Paper}, abstract={${abstract}}, year={Forthcoming}, month={mar}}`,
      `@article{withyear, title={Press With Year}, abstract={${abstract}}, year={2025 (in press)}, month={mar}}`,
      `@online{bl, title={Biblatex Date}, abstract={${abstract}}, date={to appear}}`,
      `@article{bad, title={Bad Year}, abstract={${abstract}}, year={20xx}}`,
    ].join('\n');
    const r = readInputs([{ file: 'refs.bib', text: bib }]);
    expect(r.papers.map((p) => [p.title, p.year, p.date])).toEqual([
      ['In Press Paper', undefined, undefined],
      ['No Date Paper', undefined, undefined],
      ['Forthcoming Paper', undefined, undefined],
      ['Press With Year', 2025, '2025-03'],
      ['Biblatex Date', undefined, undefined],
    ]);
    expect(r.warnings).toEqual([
      { file: 'refs.bib', line: 1, message: '@article{press}: "In Press Paper": year "in press" is not a date: read undated' },
      { file: 'refs.bib', line: 2, message: '@article{nd}: "No Date Paper": year "n.d." is not a date: read undated' },
      { file: 'refs.bib', line: 7, message: '@article{forth}: "Forthcoming Paper": year "Forthcoming" is not a date: read undated' },
      { file: 'refs.bib', line: 9, message: '@online{bl}: "Biblatex Date": date "to appear" is not a date: read undated' },
    ]);
    // anything else in the year is still an error
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[10, '@article{bad}: "Bad Year": unparseable year "20xx"']]);
  });

  it('in JSONL, JSON and CSV (Zotero\'s "Publication Year"), under date or year; a real year beside a status date wins', () => {
    const jsonl = [
      { title: 'A', abstract, year: 'In Press' },
      { title: 'B', abstract, date: 'n.d.' },
      { title: 'C', abstract, published: 'forthcoming', year: 2024 },
      { title: 'D', abstract, date: 'in press, 2023' },
    ].map((x) => JSON.stringify(x)).join('\n');
    const csv = `Key,Item Type,Publication Year,Title,Abstract Note\nK1,journalArticle,n.d.,Zotero Undated,${abstract}\nK2,journalArticle,2022,Zotero Dated,${abstract}\n`;
    const r = readInputs([{ file: 'a.jsonl', text: jsonl }, { file: 'zotero.csv', text: csv }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.year])).toEqual([['A', undefined], ['B', undefined], ['C', 2024], ['D', 2023], ['Zotero Undated', undefined], ['Zotero Dated', 2022]]);
    expect(r.warnings.filter((w) => w.message.includes('not a date')).map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'a.jsonl:1: "A": year "In Press" is not a date: read undated',
      'a.jsonl:2: "B": date "n.d." is not a date: read undated',
      'zotero.csv:2: "Zotero Undated": year "n.d." is not a date: read undated',
    ]);
  });
});

describe('exports as researchers make them', () => {
  const abstract = 'We propose ZorbNet for anomaly detection on MVTec AD.';
  it("Zotero's CSV: a free-text Date beside a Publication Year gives the year, with a warning; its unused columns are one warning", () => {
    const header = '"Key","Item Type","Publication Year","Author","Title","Abstract Note","Date","Date Added","Extra","Manual Tags"';
    const text = [
      header,
      `"K1","conferencePaper","2023","Jeong, Jongheon; Zou, Yang","WinZorb","${abstract}","6/2023","2024-02-01 08:00:00","",""`,
      `"K2","journalArticle","2021","Doe, J.","Spring Zorb","${abstract}","Spring 2021","","",""`,
      `"K3","journalArticle","2024","Roe, R.","Dated Zorb","${abstract}","15 March 2024","","",""`,
      `"K4","journalArticle","","Poe, P.","Undatable Zorb","${abstract}","sometime","","",""`,
    ].join('\r\n');
    const r = readInputs([{ file: 'zotero.csv', text }]);
    expect(r.papers.map((p) => [p.title, p.year, p.date, p.authorsCount])).toEqual([
      ['WinZorb', 2023, '2023', 2],
      ['Spring Zorb', 2021, '2021', 1],
      ['Dated Zorb', 2024, '2024-03-15', 1],
    ]);
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[5, '"Undatable Zorb": unparseable date "sometime"']]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: 5 CSV columns are not used: "Key", "Item Type", "Date Added", "Extra", "Manual Tags"',
      '2: "WinZorb": date "6/2023" not understood: the year 2023 taken from the year field',
      '3: "Spring Zorb": date "Spring 2021" not understood: the year 2021 taken from the year field',
    ]);
  });

  it('Excel\'s "sep=;" line before the header names the delimiter (the file was refused: header "sep=;" names no title column)', () => {
    const text = 'sep=;\r\ntitle;abstract;year\r\nZorb;"We propose Zorb, on MVTec AD; it works.";2021\r\nBlorp;We propose Blorp.;2022\r\n';
    for (const file of ['excel.csv', 'excel.txt']) {
      expect(detectFormat(text, file)).toBe('csv');
      const r = readInputs([{ file, text }]);
      expect(r.rejects).toEqual([]);
      expect(r.papers.map((p) => [p.title, p.abstract, p.year, p.source.line])).toEqual([
        ['Zorb', 'We propose Zorb, on MVTec AD; it works.', 2021, 3],
        ['Blorp', 'We propose Blorp.', 2022, 4],
      ]);
    }
  });

  it('Scopus CSV: "[No abstract available]" is no abstract (a reject), and "Roth, K., Pemula, L." is two authors, K. Roth and L. Pemula', () => {
    const text = [
      '\ufeff"Authors","Title","Year","DOI","Abstract","Document Type"',
      `"Roth, K., Pemula, L.","Zorb Total Recall","2022","10.1109/x","${abstract} © 2022 IEEE.","Conference paper"`,
      '"Smith J.","An Editorial on Anomalies","2023","10.1000/xyz","[No abstract available]","Editorial"',
    ].join('\n');
    const r = readInputs([{ file: 'scopus.csv', text }]);
    expect(r.papers.map((p) => [p.title, p.authors])).toEqual([['Zorb Total Recall', ['K. Roth', 'L. Pemula']]]);
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[3, '"An Editorial on Anomalies": no abstract ("[No abstract available]")']]);
    // the publisher's notice after the last sentence is not the abstract's
    expect(r.papers[0].abstract).toBe(abstract.trim());
  });

  it.each([
    ['© 2024 Elsevier B.V., All rights reserved.'],
    ['(C) 2021 Elsevier B.V. All rights reserved.'],
    ['Copyright © 2020, IEEE.'],
    ['Copyright 2019 by the authors.'],
    ['© 2024 The Authors. Current Protocols published by Wiley Periodicals LLC.'],
  ])("a publisher's notice at the end of an abstract is dropped: %s", (notice) => {
    const r = readInputs([{ file: 'x.jsonl', text: JSON.stringify({ title: 'Zorb', abstract: `We detect anomalies in zorbs. It works. ${notice}` }) }]);
    expect(r.papers[0].abstract).toBe('We detect anomalies in zorbs. It works.');
  });

  it('a © inside an abstract, or a notice that is the whole abstract, stays', () => {
    const inside = 'The © sign marks 12% of the images (C) and (D) in our set. © marks are rare in CT scans.';
    const r = readInputs([{ file: 'x.jsonl', text: [{ title: 'A', abstract: inside }, { title: 'B', abstract: 'We study marks like (c) 2020 on images and how they fool detectors' }].map((o) => JSON.stringify(o)).join('\n') }]);
    expect(r.papers.map((p) => p.abstract)).toEqual([inside, 'We study marks like (c) 2020 on images and how they fool detectors']);
  });

  it("Semantic Scholar's API: the DOI and arXiv id in externalIds, so the paper merges with its arXiv record", () => {
    const s2 = {
      total: 1,
      data: [{
        paperId: '9a2f0c7e2b0d4b1a8f6d5e4c3b2a1f0e9d8c7b6a',
        externalIds: { DOI: '10.1109/CVPR52688.2022.01392', ArXiv: '2106.08265', CorpusId: 235436028 },
        url: 'https://www.semanticscholar.org/paper/9a2f0c7e2b0d4b1a8f6d5e4c3b2a1f0e9d8c7b6a',
        title: 'Towards Total Recall in Industrial Anomaly Detection (S2 title)',
        abstract,
        year: 2021,
        authors: [{ authorId: '1', name: 'Karsten Roth' }],
      }],
    };
    const r = readInputs([{ file: 's2.json', text: JSON.stringify(s2) }]);
    expect(r.papers[0]).toMatchObject({ doi: '10.1109/CVPR52688.2022.01392', arxivId: '2106.08265', authors: ['Karsten Roth'] });
    const both = readInputs([{ file: 's2.json', text: JSON.stringify(s2) }, { file: 'a.jsonl', text: JSON.stringify({ title: 'PatchCore', abstract, url: 'https://arxiv.org/abs/2106.08265v3' }) }]);
    expect(both.papers).toHaveLength(1);
    expect(both.merged.map((m) => m.reason)).toEqual(['arxiv-id']);
  });

  it('a cut-short or broken API response: its whole records are read, the broken one a reject naming its place and line', () => {
    const records = [0, 1, 2, 3].map((i) => ({ title: `Paper ${i}`, abstract }));
    const whole = JSON.stringify({ total: 4, data: records }, null, 2);
    const cut = readInputs([{ file: 'cut.json', text: whole.slice(0, whole.indexOf('Paper 3') + 3) }]);
    expect(cut.papers.map((p) => p.title)).toEqual(['Paper 0', 'Paper 1', 'Paper 2']);
    expect(cut.rejects.map((x) => [x.line, x.reason])).toEqual([[16, '"data"[3]: invalid JSON in list element: Unterminated string in JSON at line 17']]);
    expect(cut.warnings.map((w) => w.message)).toEqual(['JSON: the "data" list is not closed with ] (a cut-short file?); its whole records were read']);
    const broken = readInputs([{ file: 'broken.json', text: whole.replace('"Paper 2",', '"Paper 2"') }]);
    expect(broken.papers.map((p) => p.title)).toEqual(['Paper 0', 'Paper 1', 'Paper 3']);
    expect(broken.rejects.map((x) => [x.line, x.reason])).toEqual([[12, "\"data\"[2]: invalid JSON in list element: Expected ',' or '}' after property value in JSON at line 14"]]);
    // one object with no list: the line of the break, not a character offset
    const one = readInputs([{ file: 'one.json', text: '{\n  "title": "Alpha",\n  "abstract": "x"\n  "year": 2020\n}' }]);
    expect(one.rejects.map((x) => [x.line, x.reason])).toEqual([[1, "invalid JSON: Expected ',' or '}' after property value in JSON at line 4"]]);
  });

  it("the arXiv API's error entry (a bad id in the query) is a reject naming the error, not a paper titled 'Error'", () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: id_list=1234.12345</title>
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>
    <title>Error</title>
    <summary>incorrect id format for 1234.12345</summary>
    <updated>2024-05-01T00:00:00-04:00</updated>
    <author><name>arXiv api core</name></author>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/2303.14814v2</id>
    <published>2023-03-26T18:00:00Z</published>
    <title>WinZorb</title>
    <summary>${abstract}</summary>
  </entry>
</feed>`;
    const r = readInputs([{ file: 'query.xml', text: feed }]);
    expect(r.papers.map((p) => p.title)).toEqual(['WinZorb']);
    expect(r.rejects).toEqual([{ file: 'query.xml', line: 4, reason: "the arXiv API's error: incorrect id format for 1234.12345" }]);
  });

  it('an "abstract" that is a full text (a huge line) is a reject saying so, not minutes of extraction; a long abstract is read', () => {
    const sentence = 'We propose ZorbNet for anomaly detection on MVTec AD. ';
    const text = [
      JSON.stringify({ title: 'Full Text', abstract: sentence.repeat(1000) }),
      JSON.stringify({ title: 'Long Abstract', abstract: sentence.repeat(500) }),
    ].join('\n');
    const r = readInputs([{ file: 'huge.jsonl', text }]);
    expect(r.papers.map((p) => p.title)).toEqual(['Long Abstract']);
    expect(r.rejects).toEqual([{
      file: 'huge.jsonl',
      line: 1,
      reason: '"Full Text": an abstract of 53,999 characters, longer than an abstract (at most 30,000): the paper\'s full text, or several records run together?',
    }]);
  });

  it('a "title" of a paragraph (a CSV row shifted by a column) is a reject saying so; a long real title is read', () => {
    const abstract = 'We propose ZorbNet for anomaly detection on MVTec AD.';
    const shifted = 'We propose ZorbNet, a detector that learns what normal parts look like and flags the rest. '.repeat(12).trim();
    const longReal = 'A '.repeat(1) + 'Very Long But Real Title About Zorb Detection '.repeat(5).trim();
    const text = [
      'title,abstract',
      `"${shifted}",2024`,
      `"${longReal}","${abstract}"`,
    ].join('\n');
    const r = readInputs([{ file: 'shifted.csv', text }]);
    expect(r.papers.map((p) => p.title)).toEqual([longReal]);
    expect(r.rejects).toEqual([{
      file: 'shifted.csv',
      line: 2,
      reason: `"${shifted.slice(0, 60)}…": a title of ${shifted.length.toLocaleString('en-US')} characters, longer than a title (at most 1,000): an abstract in the title's column, or a row shifted by a column?`,
    }]);
  });

  it("OpenAlex (a works page as JSON, or JSONL): the abstract from its inverted index, authors from authorships, display_name for a null title", () => {
    const inverted = (text: string) => {
      const index: Record<string, number[]> = {};
      text.split(' ').forEach((w, i) => (index[w] ??= []).push(i));
      return index;
    };
    const work = {
      id: 'https://openalex.org/W3172942063',
      doi: 'https://doi.org/10.1109/cvpr52688.2022.01392',
      title: null,
      display_name: 'Towards Total Recall in Industrial Anomaly Detection',
      publication_year: 2022,
      publication_date: '2022-06-01',
      authorships: [{ author_position: 'first', author: { id: 'https://openalex.org/A1', display_name: 'Karsten Roth' } }, { raw_author_name: 'L. Pemula', author: {} }],
      abstract_inverted_index: inverted('We propose PatchCore, a memory bank of patch features, and we evaluate PatchCore on MVTec AD.'),
    };
    const none = { id: 'https://openalex.org/W2', title: 'No Abstract Zorb', publication_year: 2023, abstract_inverted_index: null };
    for (const input of [
      { file: 'works.json', text: JSON.stringify({ meta: { count: 2, page: 1 }, results: [work, none] }) },
      { file: 'works.jsonl', text: [work, none].map((w) => JSON.stringify(w)).join('\n') },
    ]) {
      const r = readInputs([input]);
      expect(r.papers.map((p) => [p.title, p.abstract, p.authors, p.date, p.doi])).toEqual([[
        'Towards Total Recall in Industrial Anomaly Detection',
        'We propose PatchCore, a memory bank of patch features, and we evaluate PatchCore on MVTec AD.',
        ['Karsten Roth', 'L. Pemula'],
        '2022-06-01',
        '10.1109/cvpr52688.2022.01392',
      ]]);
      expect(r.rejects.map((x) => x.reason)).toEqual([expect.stringMatching(/"No Abstract Zorb": no abstract$/)]);
    }
  });
});

describe('CSV exports of Dimensions and Lens.org', () => {
  it("reads Dimensions' CSV past the note above its header, with a warning (the file was refused: header \"About the data: ...\" names no title column)", () => {
    const text = [
      '"About the data: Exported on Jan 05, 2023. Criteria: \'anomaly detection\' in title and abstract data. © 2023 Digital Science & Research Solutions Inc. All rights reserved."',
      '"Rank","Publication ID","DOI","Title","Abstract","Source title","Publication Date","PubYear","Authors"',
      '"1","pub.1151234567","10.1109/cvpr52688.2022.01392","Towards Total Recall in Industrial Anomaly Detection","We propose PatchCore.","CVPR","2022-06","2022","Roth, Karsten; Pemula, Latha"',
    ].join('\r\n');
    const r = readInputs([{ file: 'Dimensions-Publication-2023-01-05.csv', text }]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.authors, p.date, p.doi])).toEqual([
      [3, 'Towards Total Recall in Industrial Anomaly Detection', ['Karsten Roth', 'Latha Pemula'], '2022-06', '10.1109/cvpr52688.2022.01392'],
    ]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: CSV: a line above the header read as a note, not a record: "\\"About the data: Exported on Jan 05, 2023. Criteria: \'anomaly detection\' in titl"',
      '2: 3 CSV columns are not used: "Rank", "Publication ID", "Source title"',
    ]);
    // (a first line of several fields that names no title column is still no header: the file is refused)
    expect(() => readInputs([{ file: 'x.csv', text: 'a,b\ntitle,abstract\nAlpha,We propose AlphaNet.\n' }])).toThrow(/CSV header "a,b" names no title column/);
  });
  it("reads Lens.org's 'Author/s' and 'Date Published' (they were unused columns: the paper undated but for its year, without authors)", () => {
    const text = '\ufeffLens ID,Title,Date Published,Publication Year,Author/s,Abstract,DOI\n000-001-234-567-89X,Towards Total Recall in Industrial Anomaly Detection,2022-06-01,2022,Karsten Roth; Latha Pemula,We propose PatchCore.,10.1109/cvpr52688.2022.01392\n';
    const r = readInputs([{ file: 'lens-export.csv', text }]);
    expect(r.papers.map((p) => [p.authors, p.date])).toEqual([[['Karsten Roth', 'Latha Pemula'], '2022-06-01']]);
    expect(r.warnings.map((w) => w.message)).toEqual(['CSV column "Lens ID" is not used']);
  });
});

describe("Zotero's CSV export", () => {
  it("reads its 'Abstract Note' and 'Publication Year' columns (the file was refused: 'names no abstract (or summary) column')", () => {
    const text =
      '"Key","Item Type","Publication Year","Author","Title","DOI","Url","Abstract Note","Date"\n' +
      '"ABCD1234","journalArticle","2022","Roth, Karsten; Pemula, Latha","Towards Total Recall","10.1109/CVPR52688.2022.01392","https://arxiv.org/abs/2106.08265","We propose PatchCore.",""\n';
    expect(detectFormat(text, 'zotero.csv')).toBe('csv');
    const r = readInputs([{ file: 'zotero.csv', text }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.abstract, p.year, p.authorsCount, p.doi])).toEqual([
      ['Towards Total Recall', 'We propose PatchCore.', 2022, 2, '10.1109/CVPR52688.2022.01392'],
    ]);
  });
});

describe('BibTeX: a month or date range', () => {
  it("reads a bimonthly issue's month ('jul--aug') and a biblatex date range as their start (the paper was rejected)", () => {
    const text = '@article{a, title={Alpha}, abstract={We propose AlphaNet.}, year={2020}, month={jul--aug}}\n@article{b, title={Beta}, abstract={We propose BetaNet.}, date={2021-03/2021-04}}\n';
    const r = readInputs([{ file: 'range.bib', text }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.date, p.year])).toEqual([['Alpha', '2020-07', 2020], ['Beta', '2021-03', 2021]]);
  });
  it('reads a year that is a range of years ("2019--2020", "2020-2021", "1998-99") as its first, with a warning naming the range (each was a reject, "unparseable year")', () => {
    const r = read('bibtex-year-range.bib');
    expect(r.papers.map((p) => [p.source.line, p.date, p.year])).toEqual([
      [2, '2019-12', 2019],
      [11, '2020', 2020],
      [19, '1998', 1998],
    ]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '2: @inproceedings{kim2020range}: "Memory-Augmented Autoencoders for Video Anomaly Detection": year "2019–2020" is a range: read as its first year, 2019',
      '11: @article{silva2021range}: "Isolation Forests on Streaming Sensor Data": year "2020-2021" is a range: read as its first year, 2020',
      '19: @phdthesis{obrien1999range}: "Outlier Detection in Census Records": year "1998-99" is a range: read as its first year, 1998',
    ]);
    // (a year and a month where the year goes is no range: still a reject)
    expect(r.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual(['27: @article{lee2019month}: "A Year and a Month Where the Year Goes": unparseable year "2019-12"']);
    // (the year column of any format reads so: a CSV's)
    const csv = readInputs([{ file: 'y.csv', text: 'title,abstract,year\nGamma,We propose GammaNet.,2019/2020\n' }]);
    expect([csv.papers.map((p) => p.year), csv.warnings.map((w) => w.message)]).toEqual([[2019], ['"Gamma": year "2019/2020" is a range: read as its first year, 2019']]);
    // (and the tagged exports' year: RIS's PY and EndNote's %D were a reject, "unparseable date"; Web of Science's PY one, "unparseable year")
    const tagged = readInputs([
      { file: 'a.ris', text: 'TY  - JOUR\nTI  - Delta\nAB  - We propose DeltaNet.\nPY  - 2019-2020\nER  - \n' },
      { file: 'b.enw', text: '%0 Journal Article\n%T Epsilon\n%X We propose EpsilonNet.\n%D 2019-2020\n' },
      { file: 'c.ciw', text: 'PT J\nTI Zeta\nAB We propose ZetaNet.\nPY 2019-2020\nER\n' },
    ]);
    expect(tagged.rejects).toEqual([]);
    expect(tagged.papers.map((p) => [p.title, p.date, p.year])).toEqual([['Delta', '2019', 2019], ['Epsilon', '2019', 2019], ['Zeta', '2019', 2019]]);
    expect(tagged.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual(
      ['a.ris:1: "Delta"', 'b.enw:1: "Epsilon"', 'c.ciw:1: "Zeta"'].map((m) => `${m}: year "2019-2020" is a range: read as its first year, 2019`),
    );
  });
  it('reads a date that is a range of years (PubMed\'s "DP  - 2019-2020", biblatex\'s "date = {2019/2020}") as its first, with the warning a year\'s range gets (PubMed\'s was read without a word, the biblatex one too)', () => {
    const r = readInputs([
      { file: 'a.nbib', text: 'PMID- 1\nTI  - Eta\nAB  - We propose EtaNet.\nDP  - 2019-2020\n' },
      { file: 'b.bib', text: '@article{theta, title={Theta}, abstract={We propose ThetaNet.}, date={2019/2020}}\n' },
    ]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.date, p.year])).toEqual([['Eta', '2019', 2019], ['Theta', '2019', 2019]]);
    expect(r.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      'a.nbib: "Eta": date "2019-2020" is a range: read as its first year, 2019',
      'b.bib: @article{theta}: "Theta": date "2019/2020" is a range: read as its first year, 2019',
    ]);
    // (a month of a year, PubMed's "2022 Nov-Dec", is no range of years: no warning)
    expect(readInputs([{ file: 'c.nbib', text: 'PMID- 2\nTI  - Iota\nAB  - We propose IotaNet.\nDP  - 2022 Nov-Dec\n' }]).warnings).toEqual([]);
  });
});

describe('control characters and lone surrogates', () => {
  it('reads them as XML can hold them, so graph.json, GEXF, GraphML and CSV show the same title (XML writers turned them into U+FFFD)', () => {
    const text = JSON.stringify({ title: 'Bell\u0007 and\u0001 unit\u001f sep', abstract: 'We propose CtrlAD\u0008 here \ud800 and \uffff.' }) + '\n';
    const p = readInputs([{ file: 'ctrl.jsonl', text }]).papers[0];
    expect([p.title, p.abstract]).toEqual(['Bell and unit sep', 'We propose CtrlAD here \ufffd and \ufffd.']);
    expect(xmlSafe(p.title + p.abstract)).toBe(p.title + p.abstract);
  });
});

describe('one paper from every export gives its authors one spelling', () => {
  const abstract = 'We propose PatchCore for anomaly detection on MVTec AD.';
  const title = 'Towards Total Recall in Industrial Anomaly Detection';
  const full = ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf'];
  const initials = ['K. Roth', 'L. Pemula', 'J. Zepeda', 'B. Schölkopf'];
  const inputs: [string, string, string[]][] = [
    ['dblp.bib', `@inproceedings{DBLP:conf/cvpr/RothPZS22,\n  author = {Karsten Roth and Latha Pemula 0001 and Joaquin Zepeda and Bernhard Sch{\\"o}lkopf},\n  title = {${title}},\n  abstract = {${abstract}},\n  year = {2022}\n}\n`, full],
    ['scholar.bib', `@inproceedings{roth2022towards,\n  title={${title}},\n  author={Roth, Karsten and Pemula, Latha and Zepeda, Joaquin and Sch{\\"o}lkopf, Bernhard},\n  abstract={${abstract}},\n  year={2022}\n}\n`, full],
    ['zotero.csv', `"Key","Item Type","Publication Year","Author","Title","Abstract Note"\n"K1","conferencePaper","2022","Roth, Karsten; Pemula, Latha; Zepeda, Joaquin; Schölkopf, Bernhard","${title}","${abstract}"\n`, full],
    ['wos.tsv', `Authors\tAuthor Full Names\tTitle\tAbstract\tPublication Year\nRoth, K; Pemula, L; Zepeda, J; Scholkopf, B\tRoth, Karsten; Pemula, Latha; Zepeda, Joaquin; Scholkopf, Bernhard\t${title}\t${abstract}\t2022\n`, ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Scholkopf']],
    ['scopus-old.csv', `"Authors","Title","Year","Abstract"\n"Roth, K., Pemula, L., Zepeda, J., Schölkopf, B.","${title}","2022","${abstract}"\n`, initials],
    ['scopus-new.csv', `"Authors","Author full names","Title","Year","Abstract"\n"Roth K.; Pemula L.; Zepeda J.; Schölkopf B.","Roth, Karsten (57211111111); Pemula, Latha (57222222222); Zepeda, Joaquin (57233333333); Schölkopf, Bernhard (7004000000)","${title}","2022","${abstract}"\n`, full],
    ['arxiv.xml', `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2106.08265v2</id><published>2021-06-15T00:00:00Z</published><title>${title}</title><summary>${abstract}</summary>${full.map((a) => `<author><name>${a}</name></author>`).join('')}</entry></feed>\n`, full],
    ['s2.jsonl', JSON.stringify({ title, abstract, year: 2022, authors: full.map((name, i) => ({ authorId: String(i), name })) }) + '\n', full],
    ['csl.json', JSON.stringify([{ title, abstract, author: [{ family: 'Roth', given: 'Karsten' }, { family: 'Pemula', given: 'Latha' }, { family: 'Zepeda', given: 'Joaquin' }, { family: 'Schölkopf', given: 'Bernhard' }] }]), full],
  ];
  it.each(inputs)('%s', (file, text, authors) => {
    const r = readInputs([{ file, text }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => p.authors)).toEqual([authors]);
  });
  it('merged from a Zotero CSV and a Google Scholar BibTeX, the paper keeps the one spelling', () => {
    const [, scholar] = inputs[1]!;
    const [, zotero] = inputs[2]!;
    const r = readInputs([{ file: 'zotero.csv', text: zotero }, { file: 'scholar.bib', text: scholar }]);
    expect(r.merged).toHaveLength(1);
    expect(r.papers.map((p) => p.authors)).toEqual([full]);
  });
});

describe('Web of Science, IEEE Xplore and stray quotes', () => {
  const abstract = 'We call it "total recall": PatchCore on MVTec AD.';
  it("reads Web of Science's tab-delimited export, headed by field tags (TI, AB, AF, PY, DI), unquoted: 'unrecognised format'", () => {
    const text = `\ufeffPT\tAU\tAF\tTI\tSO\tAB\tPY\tDI\tUT\r\nC\tRoth, K; Pemula, L\tRoth, Karsten; Pemula, Latha\t"Total Recall" in Anomaly Detection\tCVPR\t${abstract}\t2022\t10.1109/CVPR52688.2022.01392\tWOS:000870759107031\r\n`;
    expect(detectFormat(text, 'savedrecs.txt')).toBe('csv');
    const r = readInputs([{ file: 'savedrecs.txt', text }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.abstract, p.authors, p.year, p.doi])).toEqual([
      ['"Total Recall" in Anomaly Detection', abstract, ['Karsten Roth', 'Latha Pemula'], 2022, '10.1109/CVPR52688.2022.01392'],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual(['3 CSV columns are not used: "PT", "SO", "UT"']);
  });
  it("reads Web of Science's 'Article Title' and IEEE Xplore's 'Document Title' ('names no title column')", () => {
    const wos = `Publication Type,Authors,Author Full Names,Article Title,Source Title,Abstract,Publication Year\nC,"Roth, K","Roth, Karsten",Alpha Recall,CVPR,We propose AlphaNet.,2022\n`;
    const ieee = `"Document Title","Authors","Publication Title","Publication Year","Abstract","DOI"\n"Beta Recall","K. Roth; L. Pemula","CVPR","2021","We propose BetaNet.","10.1109/x.1"\n`;
    const r = readInputs([{ file: 'wos.csv', text: wos }, { file: 'ieee.csv', text: ieee }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.authors, p.year])).toEqual([['Alpha Recall', ['Karsten Roth'], 2022], ['Beta Recall', ['K. Roth', 'L. Pemula'], 2021]]);
  });
  it('keeps a quote inside a field that is not quoted (the row was rejected: "Invalid Opening Quote"), a never-closed quote still a reject', () => {
    const text = [
      'title,abstract,year',
      `Alpha,${abstract},2022`,
      '12" Screens,We propose ScreenNet.,2021',
      '"Quoted" Gamma,We propose GammaNet.,2020',
      '"Unclosed,We propose Nothing.,2020',
      'Delta,"A quoted, proper field.",2019',
    ].join('\n');
    const r = readInputs([{ file: 'q.csv', text }]);
    expect(r.papers.map((p) => [p.title, p.abstract, p.source.line])).toEqual([
      ['Alpha', abstract, 2],
      ['12" Screens', 'We propose ScreenNet.', 3],
      ['"Quoted" Gamma', 'We propose GammaNet.', 4],
      ['Delta', 'A quoted, proper field.', 6],
    ]);
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[5, 'CSV: Invalid Closing Quote (in the row starting here)']]);
  });
});

describe('OpenReview notes and CSL-JSON', () => {
  const abstract = 'We propose PatchCore on MVTec AD.';
  it("reads OpenReview's API v2 notes (fields as { value }) and v1 notes, dated by pdate or cdate (each was a reject: no title and no abstract)", () => {
    const v2 = JSON.stringify({
      notes: [{ id: 'abc123', forum: 'abc123', content: { title: { value: 'Total Recall' }, authors: { value: ['Karsten Roth', 'Latha Pemula'] }, abstract: { value: abstract }, venue: { value: 'ICLR 2024' } }, cdate: 1695000000000, pdate: 1705000000000 }],
      count: 1,
    });
    const v1 = JSON.stringify({ id: 'xyz', content: { title: 'Old API Paper', authors: ['Ann Lee'], abstract }, cdate: 1600000000000 }) + '\n';
    const r = readInputs([{ file: 'openreview.json', text: v2 }, { file: 'openreview-v1.jsonl', text: v1 }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.title, p.abstract, p.authors, p.date])).toEqual([
      ['Total Recall', abstract, ['Karsten Roth', 'Latha Pemula'], '2024-01-11'],
      ['Old API Paper', abstract, ['Ann Lee'], '2020-09-13'],
    ]);
  });
  it("dates a CSL-JSON record by its issued date-parts (it was read undated without a word)", () => {
    const text = JSON.stringify([
      { type: 'paper-conference', title: 'Alpha', abstract, author: [{ family: 'Roth', given: 'Karsten' }], issued: { 'date-parts': [[2022, 6]] } },
      { type: 'article', title: 'Beta', abstract, issued: { 'date-parts': [[2021, 3, 9]] } },
      { type: 'article', title: 'Gamma', abstract, issued: { 'date-parts': [[2020]] } },
      { type: 'article', title: 'Delta', abstract, issued: { raw: 'in press' } },
    ]);
    const r = readInputs([{ file: 'zotero.json', text }]);
    expect(r.papers.map((p) => [p.title, p.date, p.year])).toEqual([['Alpha', '2022-06', 2022], ['Beta', '2021-03-09', 2021], ['Gamma', '2020', 2020], ['Delta', undefined, undefined]]);
    expect(r.warnings.map((w) => w.message)).toEqual(['"Delta": date "in press" is not a date: read undated']);
  });
});

describe("JSON objects one after another (jq's output, JSON Lines pretty-printed, a comma after each)", () => {
  it('reads each object as a record at its line, with one warning (each line was a reject, "invalid JSON", or the file one)', () => {
    const alpha = { title: 'Alpha', abstract: 'We propose AlphaNet.', authors: [{ name: 'Ann Lee' }] };
    const beta = { title: 'Beta', abstract: 'We propose BetaNet.' };
    const pretty = `${JSON.stringify(alpha, null, 2)}\n${JSON.stringify(beta, null, 2)}\n`;
    const commas = `${JSON.stringify(alpha)},\n${JSON.stringify(beta)},\n`;
    const warning = 'JSON: 2 values one after another, neither one JSON value nor one a line (jq\'s output, or JSON Lines pretty-printed?): each read as a record';
    for (const [file, text, lines] of [['jq.jsonl', pretty, [1, 10]], ['jq.json', pretty, [1, 10]], ['commas.jsonl', commas, [1, 2]], ['commas.json', commas, [1, 2]]] as const) {
      const r = readInputs([{ file, text }]);
      expect([file, r.papers.map((p) => [p.source.line, p.title, p.authors])]).toEqual([file, [[lines[0], 'Alpha', ['Ann Lee']], [lines[1], 'Beta', undefined]]]);
      expect([file, r.rejects, r.warnings.map((w) => `${w.line}: ${w.message}`)]).toEqual([file, [], [`1: ${warning}`]]);
    }
    // (a broken object among them is a reject at its line; JSON Lines with a broken first line is still read line by line)
    const broken = readInputs([{ file: 'b.json', text: `${JSON.stringify(alpha, null, 2)}\n{"title": "Gamma", "abstract": tru}\n${JSON.stringify(beta, null, 2)}\n` }]);
    expect(broken.papers.map((p) => p.title)).toEqual(['Alpha', 'Beta']);
    expect(broken.rejects.map((x) => [x.line, x.reason.slice(0, 13)])).toEqual([[10, 'invalid JSON:']]);
    const jsonl = readInputs([{ file: 'c.jsonl', text: `{"title": "Gamma", "abs\n${JSON.stringify(beta)}\n` }]);
    expect([jsonl.papers.map((p) => p.title), jsonl.rejects.map((x) => x.line), jsonl.warnings]).toEqual([['Beta'], [1], []]);
  });
});

describe('--format jsonl on JSON that is not one object a line (a pretty-printed array or object, as jq and json.dump(indent=2) write it)', () => {
  const warning = (kind: string, span: string) => `JSONL: not one JSON object a line but one JSON ${kind} ${span}: read as JSON (--format json reads it so, without this warning)`;
  it('reads it as JSON, with a warning naming the format that reads it (each line was a reject, "invalid JSON", and a line holding a whole element was read alone)', () => {
    const asJson = readInputs([load('papers.json')]);
    const forced = readInputs([load('papers.json')], { format: 'jsonl' });
    expect(forced.papers).toEqual(asJson.papers);
    expect(forced.rejects).toEqual(asJson.rejects);
    expect(forced.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([`papers.json:1: ${warning('array', 'over 20 lines')}`, ...asJson.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)]);
    // (an API response pretty-printed, one object wrapping the records, each at the object's line as --format json has it; a minified array on one line)
    const envelope = '{\n  "data": [\n    {"title": "Alpha", "abstract": "We propose AlphaNet."},\n    {"title": "Beta", "abstract": "We propose BetaNet."}\n  ]\n}\n';
    const oneLine = '[{"title": "Gamma", "abstract": "We propose GammaNet."}, {"title": "Delta", "abstract": "We propose DeltaNet."}]\n';
    const r = readInputs([{ file: 's2.jsonl', text: envelope }, { file: 'min.jsonl', text: oneLine }], { format: 'jsonl' });
    expect([r.papers.map((p) => [p.source.file, p.source.line, p.title]), r.rejects]).toEqual([
      [['s2.jsonl', 1, 'Alpha'], ['s2.jsonl', 1, 'Beta'], ['min.jsonl', 1, 'Gamma'], ['min.jsonl', 1, 'Delta']],
      [],
    ]);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([`s2.jsonl:1: ${warning('object', 'over 6 lines')}`, `min.jsonl:1: ${warning('array', 'on one line')}`]);
  });
  it('keeps reading JSON Lines line by line: an array a line is still a reject each, a broken first line too', () => {
    const arrays = '[{"title": "Alpha", "abstract": "x"}]\n[{"title": "Beta", "abstract": "y"}]\n';
    const broken = '{"title": "Alpha", "abstract": \n{"title": "Beta", "abstract": "We propose BetaNet."}\n';
    const r = readInputs([{ file: 'a.jsonl', text: arrays }, { file: 'b.jsonl', text: broken }], { format: 'jsonl' });
    expect(r.papers.map((p) => p.title)).toEqual(['Beta']);
    expect(r.rejects.map((x) => `${x.file}:${x.line}`)).toEqual(['a.jsonl:1', 'a.jsonl:2', 'b.jsonl:1']);
    expect(r.warnings).toEqual([]);
  });
});

describe("Python's json.dumps NaN and Infinity", () => {
  it('reads a bare NaN / Infinity as no value, in JSONL and a JSON array, never inside a string (each record was a reject: invalid JSON)', () => {
    const jsonl = '{"title":"Alpha","abstract":"We propose AlphaNet, \\"NaN\\" free.","year":NaN,"upvotes":Infinity}\n{"title":"Beta","abstract":"We propose BetaNet.","year":2020.0,"x":-Infinity}\n{"title":"Gamma","abstract":"We propose GammaNet.","y":NaNx}\n';
    const array = '[{"title":"Delta","abstract":"We propose DeltaNet.","year":NaN}]';
    for (const r of [readInputs([{ file: 'pandas.jsonl', text: jsonl }, { file: 'pandas.json', text: array }])]) {
      expect(r.papers.map((p) => [p.title, p.abstract, p.year, p.upvotes])).toEqual([
        ['Alpha', 'We propose AlphaNet, "NaN" free.', undefined, undefined],
        ['Beta', 'We propose BetaNet.', 2020, undefined],
        ['Delta', 'We propose DeltaNet.', undefined, undefined],
      ]);
      expect(r.rejects.map((x) => [x.line, x.reason.slice(0, 30)])).toEqual([[3, 'invalid JSON: Unexpected token']]);
    }
  });
});

describe("the arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json)", () => {
  it('takes the decoded authors_parsed over the TeX-accented authors string, and the first version as the date (it was undated)', () => {
    const text = JSON.stringify({
      id: '0704.0001',
      authors: "C. Bal\\'azs, E. L. Berger, C.-P. Yuan",
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies',
      abstract: '  A fully differential calculation in perturbative quantum chromodynamics is\npresented.\n',
      versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }, { version: 'v2', created: 'Tue, 24 Jul 2007 20:10:27 GMT' }],
      update_date: '2008-11-13',
      authors_parsed: [['Balázs', 'C.', ''], ['Berger', 'E. L.', ''], ['Yuan', 'C. -P.', ''], ['Smith', 'John', 'Jr']],
    }) + '\n';
    const r = readInputs([{ file: 'arxiv-metadata-oai-snapshot.json', text }]);
    expect(r.papers.map((p) => [p.arxivId, p.date, p.authors])).toEqual([['0704.0001', '2007-04-02', ['C. Balázs', 'E. L. Berger', 'C.-P. Yuan', 'John Smith Jr']]]);
  });
});

describe('RIS (Zotero, EndNote, Scopus, Web of Science, PubMed)', () => {
  const zotero = [
    'TY  - CONF',
    'TI  - Towards Total Recall in Industrial Anomaly Detection',
    'AU  - Roth, Karsten',
    'AU  - Schölkopf, Bernhard',
    'T2  - 2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    'AB  - We propose PatchCore on MVTec AD.',
    'DA  - 2022/06//',
    'PY  - 2022',
    'DO  - 10.1109/CVPR52688.2022.01392',
    'UR  - https://ieeexplore.ieee.org/document/9879525/',
    'UR  - http://arxiv.org/abs/2106.08265',
    'ER  - ',
    '',
    'TY  - JOUR',
    'T1  - Wrapped Abstract Paper',
    'A1  - Doe, J.',
    'Y1  - 2021///',
    'N2  - We propose WrappedNet, whose abstract',
    '      runs onto a second line.',
    'ER  - ',
    'TY  - JOUR',
    'TI  - No Abstract Paper',
    'PY  - 2020',
    'ER  - ',
    'TY  - JOUR',
    'TI  - Web of Science Paper',
    'AB  - We propose WoSNet.',
    'PY  - 2019',
    'DA  - JUN 15',
    'ER  - ',
    'TY  - JOUR',
    'TI  - Cut Short',
    'AB  - We propose CutNet.',
  ].join('\r\n');
  it('is detected by its first line or its extension, and --format ris is accepted (it was "unrecognised format")', () => {
    expect(detectFormat('\ufeff' + zotero, 'export.txt')).toBe('ris');
    expect(detectFormat('TY  - JOUR\n', 'x.ris')).toBe('ris');
    expect(detectFormat('  \nTI  - not a record start\n', 'x.txt')).toBe(null);
  });
  it('reads each record: title, abstract (wrapped lines joined), authors as "Given Family", date, DOI, URL and arXiv id; rejects and warnings with lines', () => {
    const r = readInputs([{ file: 'zotero.ris', text: '\ufeff' + zotero }]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.abstract, p.authors, p.date, p.doi, p.url, p.arxivId])).toEqual([
      [1, 'Towards Total Recall in Industrial Anomaly Detection', 'We propose PatchCore on MVTec AD.', ['Karsten Roth', 'Bernhard Schölkopf'], '2022-06', '10.1109/CVPR52688.2022.01392', 'https://ieeexplore.ieee.org/document/9879525/', '2106.08265'],
      [14, 'Wrapped Abstract Paper', 'We propose WrappedNet, whose abstract runs onto a second line.', ['J. Doe'], '2021', undefined, undefined, undefined],
      // (Web of Science's DA, "JUN 15", is its month and day beside PY: it was a warning and the year alone)
      [25, 'Web of Science Paper', 'We propose WoSNet.', undefined, '2019-06-15', undefined, undefined, undefined],
      [31, 'Cut Short', 'We propose CutNet.', undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[21, '"No Abstract Paper": no abstract']]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [31, 'RIS: the last record is not closed with "ER  - " (a cut-short file?): read as it stands'],
    ]);
    expect(r.recordsIn).toBe(5);
  });
  it('names the lines outside any record in one warning per run (one warning a line buried the rest)', () => {
    const text = 'Exported by EndNote\nline two\n\nTY  - JOUR\nTI  - X\nAB  - We propose XNet.\nER  - \nPY  - 2020\n';
    const r = readInputs([{ file: 'e.ris', text }]);
    expect(r.papers.map((p) => p.title)).toEqual(['X']);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: RIS: 2 lines outside a record (no "TY  - " before them) not read: "Exported by EndNote" ...',
      '8: RIS: a line outside a record (no "TY  - " before it) not read: "PY  - 2020"',
    ]);
  });
});

describe("IEEE Xplore's RIS: an issue's date in Y1 or DA with no PY", () => {
  it('reads a range or a season as its start ("June-July 2021", "1-5 March 2020", "30 Nov.-3 Dec. 2019", "Fourthquarter 2019", PubMed\'s "2021 Jun-Jul"); each was a reject, "unparseable date"', () => {
    const r = read('ieee-xplore-date-ranges.ris');
    expect(r.papers.map((p) => [p.source.line, p.date, p.year])).toEqual([
      [1, '2021-06', 2021],
      [20, '2020-03-01', 2020],
      [39, '2019-11-30', 2019],
      [52, '2019', 2019],
      [69, '2021-06', 2021],
      [78, '2017-01', 2017],
      // (a range across a new year starts in its first year)
      [85, '2020-12', 2020],
    ]);
    expect(r.warnings).toEqual([]);
    // (what is no date stays a reject that names it)
    expect(r.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual(['92: "A Record Whose Date Is No Date": unparseable date "Volume 12 2018"']);
  });
});

describe('RIS with both PY and Y1 (Mendeley, older EndNote)', () => {
  it('reads the fuller date of the two when they agree on the year (PY "2021" beside Y1 "2021/06/15/" was "2021"); PY when they do not', () => {
    const ris = [
      'TY  - JOUR', 'TI  - Alpha', 'AB  - We propose AlphaNet.', 'PY  - 2021', 'Y1  - 2021/06/15/', 'ER  - ',
      'TY  - JOUR', 'TI  - Beta', 'AB  - We propose BetaNet.', 'PY  - 2020', 'Y1  - 2021/06/15/', 'ER  - ',
      'TY  - JOUR', 'TI  - Gamma', 'AB  - We propose GammaNet.', 'PY  - 2019', 'Y1  - 2019///', 'ER  - ',
      'TY  - JOUR', 'TI  - Delta', 'AB  - We propose DeltaNet.', 'PY  - 2018', 'Y1  - 2018/03//', 'DA  - 2018/03/09/', 'ER  - ', '',
    ].join('\n');
    const r = readInputs([{ file: 'mendeley.ris', text: ris }]);
    expect(r.papers.map((p) => [p.title, p.date, p.year])).toEqual([
      ['Alpha', '2021-06-15', 2021],
      ['Beta', '2020', 2020],
      ['Gamma', '2019', 2019],
      ['Delta', '2018-03-09', 2018],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.rejects).toEqual([]);
  });
});

describe('RIS with one space before the hyphen ("TY - JOUR", as OJS wrote it before 3.1.2, pkp/pkp-lib#4448)', () => {
  it('is detected and read (its lines were outside a record, not read: no paper); a standard file still takes "AI - based" as a wrapped line', () => {
    const ojs = ['TY - JOUR', 'AU - Roth, Karsten', 'TI - Delta', 'AB - We propose DeltaNet,', 'a wrapped line.', 'PY - 2020', 'DO - 10.1234/delta', 'ER - ', '', 'TY - JOUR', 'TI - Epsilon', 'AB - We propose EpsilonNet.', 'ER -', ''].join('\r\n');
    expect(detectFormat(ojs, 'article.txt')).toBe('ris');
    const standard = ['TY  - JOUR', 'TI  - Zeta', 'AB  - We propose an', 'AI - based method.', 'ER  - ', ''].join('\n');
    const r = readInputs([{ file: 'ojs.ris', text: ojs }, { file: 'std.ris', text: standard }]);
    expect(r.papers.map((p) => [p.source.file, p.source.line, p.title, p.abstract, p.authors, p.date, p.doi])).toEqual([
      ['ojs.ris', 1, 'Delta', 'We propose DeltaNet, a wrapped line.', ['Karsten Roth'], '2020', '10.1234/delta'],
      ['ojs.ris', 10, 'Epsilon', 'We propose EpsilonNet.', undefined, undefined, undefined],
      ['std.ris', 1, 'Zeta', 'We propose an AI - based method.', undefined, undefined, undefined],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.rejects).toEqual([]);
  });
});

describe('tagged exports joined where the first does not end on a line break', () => {
  const joined = (msg: string) => `${msg}: the end of one record and the start of the next on one line (a file without a line break at its end, joined with the next?): read as two records`;
  it('reads the second record on its own from the joined line, with a warning (it was read into the first: a second title warned of, the first a reject for its date, the second lost)', () => {
    const enw = '%0 Journal Article\n%T Alpha\n%X We propose AlphaNet.\n%D 2022' + '%0 Journal Article\n%A Doe, Jane\n%T Beta\n%X We propose BetaNet.\n%D 2021\n';
    const nbib = 'PMID- 1\nTI  - Alpha.\nAB  - We propose AlphaNet.\nDP  - 2022' + '\ufeffPMID- 2\nTI  - Beta.\nAB  - We propose BetaNet.\nDP  - 2021\n';
    const ris = 'TY  - JOUR\nTI  - Alpha\nAB  - We propose AlphaNet,\n  wrapped.' + 'TY  - JOUR\nAU  - Doe, Jane\nTI  - Beta\nAB  - We propose BetaNet.\nPY  - 2021\nER  - \n';
    const wos = 'PT J\nTI Alpha\nAB We propose AlphaNet.\nPY 2022' + 'PT J\nAF Doe, Jane\nTI Beta\nAB We propose BetaNet.\nPY 2021\nER\n';
    // (each file read alone: the same titles in two files would be one paper)
    const each = [{ file: 'all.enw', text: enw }, { file: 'all.nbib', text: nbib }, { file: 'all.ris', text: ris }, { file: 'all.ciw', text: wos }].map((f) => readInputs([f]));
    const r = { papers: each.flatMap((x) => x.papers), rejects: each.flatMap((x) => x.rejects), warnings: each.flatMap((x) => x.warnings) };
    expect(r.papers.map((p) => [p.source.file, p.source.line, p.title, p.abstract, p.date, p.authors, p.url])).toEqual([
      ['all.enw', 1, 'Alpha', 'We propose AlphaNet.', '2022', undefined, undefined],
      ['all.enw', 4, 'Beta', 'We propose BetaNet.', '2021', ['Jane Doe'], undefined],
      // (the second record keeps its PMID, its PubMed page)
      ['all.nbib', 1, 'Alpha', 'We propose AlphaNet.', '2022', undefined, 'https://pubmed.ncbi.nlm.nih.gov/1/'],
      ['all.nbib', 4, 'Beta', 'We propose BetaNet.', '2021', undefined, 'https://pubmed.ncbi.nlm.nih.gov/2/'],
      ['all.ris', 1, 'Alpha', 'We propose AlphaNet, wrapped.', undefined, undefined, undefined],
      ['all.ris', 4, 'Beta', 'We propose BetaNet.', '2021', ['Jane Doe'], undefined],
      ['all.ciw', 1, 'Alpha', 'We propose AlphaNet.', '2022', undefined, undefined],
      ['all.ciw', 4, 'Beta', 'We propose BetaNet.', '2021', ['Jane Doe'], undefined],
    ]);
    expect(r.rejects).toEqual([]);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      `all.enw:4: ${joined('EndNote: "%0" joined onto the "%D" value')}`,
      `all.nbib:4: ${joined('PubMed: "PMID- " joined onto the "DP- " value')}`,
      `all.ris:4: ${joined('RIS: "TY  - " joined onto the "AB  - " value')}`,
      'all.ris:1: RIS: record not closed with "ER  - " before the next "TY  - ": read as it stands',
      `all.ciw:4: ${joined('Web of Science: "PT" joined onto the "PY" value')}`,
      'all.ciw:1: Web of Science: record not closed with "ER" before the next "PT": read as it stands',
    ]);
  });
  it("reads an EndNote record that opens with its authors (OJS's layout, %0 after them) from the line its first %A was joined onto, confirmed by its title or its %0 (the second was lost: its authors went to the first, its title warned of; the third lost its authors, a reject between)", () => {
    const r = read('endnote-joined.enw');
    expect(r.papers.map((p) => [p.source.line, p.title, p.authors, p.date, p.doi])).toEqual([
      [1, 'Memory Banks of Patch Features for Industrial Anomaly Detection', ['Anna Keller', 'Lukas Brandt'], '2022-05', '10.1234/jmv.2022.0312'],
      [12, 'Student-Teacher Networks for Surface Defect Segmentation', ['Inês Duarte', 'Camille Moreau'], '2021', '10.5555/jiv.v4i2.481'],
      [28, 'Normalizing Flows for Anomaly Detection in Sensor Time Series', ['Erik Lindqvist', 'J. van der Berg'], '2020', undefined],
    ]);
    expect(r.rejects).toEqual([]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      `12: ${joined('EndNote: "%A" joined onto the "%9" value')}`,
      `28: ${joined('EndNote: "%A" joined onto the "%@" value')}`,
    ]);
    // ("%A" and words that are no name at the end of a value, then the next record's %0: the value stays whole)
    const enw = '%0 Journal Article\n%T Alpha\n%X We cut the error by 40%A new method follows.\n%0 Journal Article\n%T Beta\n%X We propose BetaNet.\n';
    expect(readInputs([{ file: 'x.enw', text: enw }]).papers.map((p) => [p.title, p.abstract, p.authors])).toEqual([
      ['Alpha', 'We cut the error by 40%A new method follows.', undefined],
      ['Beta', 'We propose BetaNet.', undefined],
    ]);
  });
  it('reads the record whose opening line is joined onto the closing one ("ER  - TY  - JOUR": its lines were outside a record, not read)', () => {
    const one = (t: string) => `TY  - JOUR\r\nTI  - ${t}\r\nAB  - We propose ${t}Net.\r\nPY  - 2022\r\nER  - `;
    const r = readInputs([{ file: 'all.ris', text: one('Alpha') + '\ufeff' + one('Beta') + one('Gamma') + '\r\n' }]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.abstract, p.date])).toEqual([
      [1, 'Alpha', 'We propose AlphaNet.', '2022'],
      [5, 'Beta', 'We propose BetaNet.', '2022'],
      [9, 'Gamma', 'We propose GammaNet.', '2022'],
    ]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      `5: ${joined('RIS: "TY  - " joined onto the closing "ER  - "')}`,
      `9: ${joined('RIS: "TY  - " joined onto the closing "ER  - "')}`,
    ]);
  });
  it('warns of a second title with no opening tag before it, reading the first (which record each field is of is not known)', () => {
    const enw = '%0 Journal Article\n%T Alpha\n%X We propose AlphaNet.\n%D 2022\n%T Beta\n%X We propose BetaNet.\n';
    // (an opening tag's text inside a value that no second title follows is a value like any other)
    const ris = 'TY  - JOUR\nTI  - Gamma\nAB  - The field code TY  - JOUR\nER  - \n';
    const r = readInputs([{ file: 'all.enw', text: enw }, { file: 'all.ris', text: ris }]);
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([['Alpha', 'We propose AlphaNet.'], ['Gamma', 'The field code TY - JOUR']]);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'all.enw:5: EndNote: a second title ("%T") in the record of line 1: two records run together (a file joined without a line break at its end?); only the first title read',
    ]);
  });
});

describe('an API response with no results', () => {
  it('is a warning that names its empty list (it was a reject: "record has no title and no abstract")', () => {
    const r = readInputs([
      { file: 's2.json', text: '{"total": 0, "offset": 0, "data": []}\n' },
      { file: 'openalex.json', text: '{"meta": {"count": 0, "page": 1}, "results": [], "group_by": []}' },
      // (a record with no title, whose authors list is empty, stays a reject)
      { file: 'x.jsonl', text: '{"authors": [], "year": 2020}\n' },
    ]);
    expect(r.rejects.map((x) => `${x.file}:${x.line}: ${x.reason}`)).toEqual(['x.jsonl:1: record has no title and no abstract']);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      's2.json:1: JSON: no record, only an empty list "data" (an API response with no results?)',
      'openalex.json:1: JSON: no record, only an empty list "results" (an API response with no results?)',
    ]);
  });
});

describe('exports joined with cat', () => {
  it("skips a CSV's header repeated mid-file, with a warning (it was a record: \"Title\": unparseable year \"Year\", or a paper titled Title)", () => {
    const one = '\ufeff"Title","Abstract","Year"\r\n"Alpha","We propose AlphaNet.","2022"\r\n';
    const two = '\ufeff"Title","Abstract","Year"\r\n"Beta","We propose BetaNet.","2021"\r\n';
    const noYear = 'title,abstract\nGamma,We propose GammaNet.\ntitle,abstract\nDelta,We propose DeltaNet.\n';
    const r = readInputs([{ file: 'all.csv', text: one + two }, { file: 'noyear.csv', text: noYear }]);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => p.title)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'all.csv:3: CSV: the header again (files joined?): not a record, skipped',
      'noyear.csv:3: CSV: the header again (files joined?): not a record, skipped',
    ]);
  });
  it('reads every JSON array of a file that holds several, one after another (those after the first were lost)', () => {
    const text = '[{"title":"Alpha","abstract":"We propose AlphaNet."}]\n[{"title":"Beta","abstract":"We propose BetaNet."},\n {"title":"Gamma","abstract":"We propose GammaNet."}]\n[{"title":"Delta","abstract":"We propose DeltaNet."}] trailing';
    const r = readInputs([{ file: 'all.json', text }]);
    expect(r.papers.map((p) => [p.title, p.source.line])).toEqual([['Alpha', 1], ['Beta', 2], ['Gamma', 3], ['Delta', 4]]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '2: JSON: another array after the first (files joined?): its records read too',
      '4: JSON: another array after the first (files joined?): its records read too',
      '4: JSON array: text after the closing ]',
    ]);
  });
  it("reads the first record of each tagged export joined after another with its BOM (RIS's was lines outside a record, EndNote's and PubMed's ran into the record before, lost without a word)", () => {
    const bom = '\ufeff';
    const ris = (t: string) => `${bom}TY  - JOUR\r\nTI  - ${t}\r\nAB  - We propose ${t}Net.\r\nPY  - 2022\r\nER  - \r\n`;
    const enw = (t: string) => `${bom}%0 Journal Article\r\n%T ${t}\r\n%X We propose ${t}Net.\r\n%D 2022\r\n\r\n`;
    const nbib = (t: string) => `${bom}PMID- 1\r\nTI  - ${t}.\r\nAB  - We propose ${t}Net.\r\nDP  - 2022\r\n\r\n`;
    const wos = (t: string) => `${bom}FN Clarivate Analytics Web of Science\r\nVR 1.0\r\nPT J\r\nTI ${t}\r\nAB We propose ${t}Net.\r\nPY 2022\r\nER\r\n\r\nEF\r\n`;
    for (const [file, one] of [['all.ris', ris], ['all.enw', enw], ['all.nbib', nbib], ['all.txt', wos]] as const) {
      const r = readInputs([{ file, text: one('Alpha') + one('Beta') }]);
      expect([file, r.papers.map((p) => p.title), r.warnings, r.rejects]).toEqual([file, ['Alpha', 'Beta'], [], []]);
    }
  });
});

describe('Web of Science plain text (savedrecs.txt, .ciw)', () => {
  it('is detected by its header, its first record or its .ciw extension (it was "unrecognised format")', () => {
    expect(detectFormat('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n', 'savedrecs.txt')).toBe('wos');
    expect(detectFormat('\ufeffFN Thomson Reuters Web of Science\u2122\r\nVR 1.0\r\n', 'savedrecs.txt')).toBe('wos');
    expect(detectFormat('PT J\nAU Roth, K\nTI A Title\nER\n', 'x.txt')).toBe('wos');
    expect(detectFormat('PT J\n', 'x.ciw')).toBe('wos');
    // (the tab-delimited export, headed by the same tags, is CSV)
    expect(detectFormat('PT\tAU\tTI\tAB\tPY\nJ\tRoth, K\tA Title\tAn abstract.\t2022\n', 'savedrecs.txt')).toBe('csv');
  });
  it("reads wrapped titles and abstracts, one author a line, PY with PD's month or an early-access EA", () => {
    const r = readInputs([load('wos.txt')]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.authors, p.date, p.doi])).toEqual([
      [3, 'Towards Total Recall in Industrial Anomaly Detection', ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schoelkopf', 'Thomas Brox', 'Peter Gehler'], '2022', '10.1109/CVPR52688.2022.01392'],
      [61, 'Deep Learning for Anomaly Detection: A Review', ['Guansong Pang', 'Chunhua Shen', 'Longbing Cao', 'Anton Van den Hengel'], '2021-03', '10.1145/3439950'],
      [103, 'Deep Industrial Image Anomaly Detection: A Survey', ['Jiaqi Liu', 'Guoyang Xie'], '2024-01', '10.1007/s11633-023-1459-z'],
    ]);
    expect(r.papers[0]!.abstract).toMatch(/^Being able to spot defective parts is a critical component in large-scale industrial manufacturing\. We propose PatchCore, .* next best competitor\.$/);
    expect(r.warnings).toEqual([]);
  });
  it('reads AU where there is no AF, PD\'s day, and says what it could not read', () => {
    const text = ['PT J', 'AU Pang, GS', 'TI One', 'AB We propose OneNet.', 'PD JUN 15', 'PY 2022', 'ER', 'stray text', 'PT J', 'TI Two', 'AB We propose TwoNet.', 'PD SPR', 'PY 2020', 'PT J', 'TI Three', 'AB We propose ThreeNet.', 'PY 2019', 'ER', 'EF'].join('\n');
    const r = readInputs([{ file: 'x.ciw', text }]);
    expect(r.papers.map((p) => [p.title, p.authors, p.date])).toEqual([['One', ['G. S. Pang'], '2022-06-15'], ['Two', undefined, '2020'], ['Three', undefined, '2019']]);
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '8: Web of Science: a line outside a record (no "PT" before it) not read: "stray text"',
      '9: Web of Science: record not closed with "ER" before the next "PT": read as it stands',
    ]);
  });
});

describe('Web of Science patent records (Derwent Innovations Index: PT P, or no PT line at all)', () => {
  it('reads each patent with a title and an abstract (records without PT were lines outside a record, no paper), rejects the rest with file, line and reason', () => {
    const r = read('wos-patents.txt');
    expect(r.papers.map((p) => [p.source.line, p.title.slice(0, 40), p.authors, p.date])).toEqual([
      [3, 'Industrial image anomaly detection metho', ['K. Roth', 'L. Pemula', 'J. Zepeda'], '2021-03-25'],
      [28, 'Video anomaly detection method for surve', ['W. Liu', 'W. Luo', 'S. Gao'], '2021-06-22'],
      [56, 'Time series anomaly detection system for', ['J. Xu', 'H. Wu'], '2022-03-17'],
    ]);
    expect(r.papers[1]!.abstract).toBe(
      'NOVELTY - The method involves predicting a future frame of a surveillance video by a generator network, and flagging the frame whose prediction error exceeds a threshold as anomalous. USE - Method for detecting anomalous events in surveillance video.',
    );
    expect(r.rejects.map((x) => `${x.file}:${x.line}: ${x.reason}`)).toEqual(['wos-patents.txt:47: record has no title and no abstract']);
    expect(r.warnings).toEqual([]);
  });
  it("reads a journal's record without PT as one: its PN is a part number, not a patent's", () => {
    const text = 'FN Clarivate Analytics Web of Science\nVR 1.0\nAU Roth, K\nAF Roth, Karsten\nTI Alpha\nAB We propose AlphaNet.\nPD MAR\nPY 2021\nPN 2\nER\n';
    const r = readInputs([{ file: 'x.txt', text }]);
    expect(r.papers.map((p) => [p.title, p.authors, p.date])).toEqual([['Alpha', ['Karsten Roth'], '2021-03']]);
  });
  it('writes inventors\' surnames in their case: "McDonald", "Van der Berg", "De la Cruz" (they were "Mcdonald", "Van Der Berg", "De La Cruz"); "Machado" stays', () => {
    const text = [
      'PT P',
      'PN US2023000001-A1',
      'TI Anomaly detection device',
      'AU MCDONALD J',
      '   MACHADO R',
      "   O'BRIEN P",
      '   SMITH-JONES A',
      '   VAN DER BERG JP',
      '   DE LA CRUZ M',
      '   VAN GOOL L',
      '   MACDONALD K',
      'AB NOVELTY - The device flags anomalous frames.',
      'PD US2023000001-A1   05 Jan 2023   G06T-007/00   202301   Pages: 12   English',
      'ER',
    ].join('\n');
    const r = readInputs([{ file: 'derwent.txt', text }]);
    // ("Mac" is left as capitals give it: most surnames that begin so are no Mac- names, "Machado", "Macedo", "Mack")
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['J. McDonald', 'R. Machado', "P. O'Brien", 'A. Smith-Jones', 'J. P. Van der Berg', 'M. De la Cruz', 'L. Van Gool', 'K. Macdonald'],
    ]);
    expect(r.warnings).toEqual([]);
  });
  it('is detected by a first record opening on PN without the file header', () => {
    expect(detectFormat('PN US2021089456-A1; CN112345678-A\nTI A method\n', 'savedrecs.txt')).toBe('wos');
  });
});

describe("Web of Science's tab-delimited export: PD, the month beside PY", () => {
  it('dates each record by PY and PD ("MAR", "JAN 15", "MAY-JUN" its first month, "SPR" the year alone); PD was an unused column', () => {
    // (as Web of Science writes it for Windows: UTF-8 with a BOM, CRLF line ends, tabs, a tab at the end of each row)
    const r = read('wos-tab-delimited.txt');
    expect(r.papers.map((p) => [p.title.slice(0, 30), p.date, p.year])).toEqual([
      ['Deep Learning for Anomaly Dete', '2021-03', 2021],
      ['Deep Industrial Image Anomaly ', '2024-01-15', 2024],
      ['A Unifying Review of Deep and ', '2021-05', 2021],
      ['Deep Learning for Anomaly Dete', '2019', 2019],
      ['Outlier Analysis', '2017', 2017],
    ]);
    expect(r.rejects).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(['4 CSV columns are not used: "PT", "SO", "VL", "UT"']);
  });
  it('reads its rows, each ending on a tab the header does not have (each was a reject: "CSV row has 12 fields, the header has 11")', () => {
    const r = read('wos-tab-delimited.txt');
    expect([r.papers.length, r.rejects]).toEqual([5, []]);
    // (a row with a value after its last column's delimiter is still a reject)
    const bad = readInputs([{ file: 'x.txt', text: 'TI\tAB\tPY\nOne\tWe propose OneNet.\t2022\tstray\n' }]);
    expect(bad.rejects.map((x) => x.reason)).toEqual(['CSV row has 4 fields, the header has 3']);
  });
  it('reads a month where the date goes, beside a year, as that month (Excel export\'s "Publication Date"; it was a warning and the year alone)', () => {
    const text = 'Article Title,Abstract,Publication Date,Publication Year\nOne,We propose OneNet.,JUN 15,2022\nTwo,We propose TwoNet.,Spring 2021,2021\n';
    const r = readInputs([{ file: 'wos.csv', text }]);
    expect(r.papers.map((p) => p.date)).toEqual(['2022-06-15', '2021']);
    expect(r.warnings.map((w) => w.line)).toEqual([3]);
  });
  it('reads a PD that holds the year too ("DEC 2021", "2021") by PY (it was a reject: unparseable month)', () => {
    const text = 'TI\tAB\tPD\tPY\nOne\tWe propose OneNet.\tDEC 2021\t2021\nTwo\tWe propose TwoNet.\t2020\t2020\n';
    const r = readInputs([{ file: 'savedrecs.txt', text }]);
    expect([r.papers.map((p) => p.date), r.rejects]).toEqual([['2021-12', '2020'], []]);
  });
});

describe('EndNote tagged export (refer, .enw)', () => {
  it('is detected by its tag lines or its .enw extension (it was "unrecognised format"); a comment in % is not', () => {
    expect(detectFormat('%0 Journal Article\r\n%T A Title\r\n%A Roth, Karsten\r\n', 'scholar.txt')).toBe('endnote');
    expect(detectFormat('%A C. D. Putnam\n%D 1992\n%T Cooperative binding\n', 'refs.txt')).toBe('endnote');
    expect(detectFormat('%0 Journal Article\n', 'x.enw')).toBe('endnote');
    expect(detectFormat('% a LaTeX comment\n\\section{Title}\n', 'x.txt')).toBe(null);
    expect(detectFormat('%TODO fix this\n%T\n', 'x.txt')).toBe(null);
  });
  it('reads each record: title, abstract, authors as "Given Family", %D with %8, the DOI among %R, %U and its arXiv id', () => {
    const r = readInputs([load('endnote.enw')]);
    expect(r.papers.map((p) => [p.source.line, p.title.slice(0, 20), p.authors?.slice(0, 2), p.date, p.doi, p.url, p.arxivId])).toEqual([
      [1, 'Towards Total Recall', ['Karsten Roth', 'Latha Pemula'], '2022-06', '10.1109/CVPR52688.2022.01392', 'https://ieeexplore.ieee.org/document/9879525', '2106.08265'],
      [20, 'Deep Learning for An', ['Guansong Pang', 'Chunhua Shen'], '2021-03', '10.1145/3439950', 'https://doi.org/10.1145/3439950', undefined],
      [41, 'DRAEM - A discrimina', ['Vitjan Zavrtanik', 'Matej Kristan'], '2021', '10.1109/ICCV48922.2021.00822', 'https://arxiv.org/abs/2108.07610', '2108.07610'],
    ]);
    expect(r.papers[2]!.abstract).toBe(
      'Visual surface anomaly detection aims to detect local image regions that significantly deviate from normal appearance. We propose DRAEM, which learns a joint representation of an anomalous image and its anomaly-free reconstruction.',
    );
  });
  it("keeps an abstract's second paragraph, after a blank line, and %8's day with %D's year", () => {
    const r = readInputs([load('endnote-malformed.enw')]);
    const padim = r.papers.find((p) => p.title.startsWith('PaDiM'));
    expect(padim?.abstract).toMatch(/one-class learning setting\. PaDiM makes use of a pretrained convolutional neural network for patch embedding\.$/);
    expect(padim?.date).toBe('2021-01-10');
    expect(r.warnings).toEqual([]);
  });
  it('says what it could not read: a line before any record', () => {
    const r = readInputs([{ file: 'x.enw', text: '%0 Journal Article\n%T One\n%X We propose OneNet.\n%D 2020\n' }, { file: 'y.enw', text: 'Exported 2024\n\n%T Two\n%X We propose TwoNet.\n' }], { format: 'endnote' });
    expect(r.papers.map((p) => p.title)).toEqual(['One', 'Two']);
    expect(r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual(['y.enw:1: EndNote: a line outside a record (no "%0" before it) not read: "Exported 2024"']);
  });
});

describe("TeX accents in the arXiv snapshot's titles and abstracts", () => {
  const r = read('arxiv-snapshot.jsonl');
  it('decodes them to Unicode (they were kept: "Na\\"{\\i}ve", "{\\\'e}tude")', () => {
    expect(r.papers.map((p) => p.title)).toEqual([
      'Towards Total Recall in Industrial Anomaly Detection',
      'DRÆM -- A discriminatively trained reconstruction embedding for surface anomaly detection',
      'Segment Any Anomaly without Training via Hybrid Prompt Regularization: a Naïve Baseline for Zero-Shot Anomaly Detection',
    ]);
    expect(r.papers[2]!.abstract).toMatch(/^We present a naïve baseline for zero-shot anomaly segmentation, a self-contained étude of foundation models .* in the spirit of Schrödinger's cat,/);
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf', 'Thomas Brox', 'Peter Gehler'],
      ['Vitjan Zavrtanik', 'Matej Kristan', 'Danijel Skočaj'],
      ['Gaël Dupont', 'René Lefèvre', 'Jürgen Groß'],
    ]);
  });
  it('leaves math and links as written', () => {
    expect(r.papers[0]!.abstract).toContain('AUROC score of up to $99.6\\%$, more than');
    expect(r.papers[1]!.abstract).toContain('a Perlin noise generator $\\mathcal{N}(\\mu, \\sigma^2)$, which');
    expect(r.papers[1]!.abstract).toContain('by $\\hat{2.9}$ AP points');
    expect(r.papers[2]!.abstract).toContain('weighted by $\\alpha \\in [0, 1]$ and $\\"{u}$-scores');
    expect(r.papers[2]!.abstract).toContain('see http://www.example.org/\\~sam for the code.');
  });
  it('leaves the same text in other JSON records as written', () => {
    const text = JSON.stringify({ title: 'Na\\"ive', abstract: 'An \\\'etude.' });
    expect(readInputs([{ file: 'x.jsonl', text }]).papers[0]).toMatchObject({ title: 'Na\\"ive', abstract: "An \\'etude." });
  });
});

describe('authors as "Family, Given" pairs joined by commas', () => {
  const r = read('authors-family-given.csv');
  it('reads "Roth, Karsten, Pemula, Latha" as two names (it was four), and leaves a list of another shape as it is', () => {
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf'],
      ['Lukas Ruff', 'Robert A. Vandermeulen', 'Nico Görnitz', 'Lucas Deecke'],
      ['Hyunjong Park', 'Jongyoun Noh', 'Bumsub Ham'],
      // (not surely pairs: full names; an odd number of parts; names that may be companies')
      ['Chun-Liang Li', 'Kihyuk Sohn', 'Jinsung Yoon', 'Tomas Pfister'],
      ['Rudolph', 'Marco', 'Wehrbein', 'Tom', 'Rosenhahn'],
      ['Google', 'DeepMind', 'OpenAI', 'Meta'],
    ]);
    expect(r.papers.map((p) => p.authorsCount)).toEqual([4, 4, 3, 4, 5, 4]);
  });
});

describe("TeX accents in the arXiv API's titles and summaries", () => {
  it('decodes them as in the snapshot (they were kept: "Poincar\\\'e"), math left as written', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '  <entry>',
      '    <id>http://arxiv.org/abs/2305.10724v1</id>',
      '    <published>2023-05-18T04:32:51Z</published>',
      String.raw`    <title>Anomaly Detection on Poincar\'e Embeddings: a Na\"{\i}ve Baseline</title>`,
      String.raw`    <summary>  We embed normal samples in the Poincar\'e ball $\mathbb{B}^d$ and score
anomalies by their distance $d(\hat{x}, x)$ to the origin.
</summary>`,
      '    <author><name>René Lefèvre</name></author>',
      '  </entry>',
      '</feed>',
    ].join('\n');
    const p = readInputs([{ file: 'arxiv.xml', text: xml }]).papers[0]!;
    expect(p.title).toBe('Anomaly Detection on Poincaré Embeddings: a Naïve Baseline');
    expect(p.abstract).toBe(String.raw`We embed normal samples in the Poincaré ball $\mathbb{B}^d$ and score anomalies by their distance $d(\hat{x}, x)$ to the origin.`);
    expect(p.authors).toEqual(['René Lefèvre']);
  });
});

describe('every author in one tag (RIS, EndNote)', () => {
  it('splits them as an author string is split (it was one author named "Roth, Karsten; Pemula, Latha")', () => {
    const enw = '%0 Journal Article\n%T One\n%A Roth, Karsten; Pemula, Latha\n%X We propose OneNet.\n%D 2022\n\n%0 Journal Article\n%T Two\n%A Karsten Roth, Latha Pemula, Joaquin Zepeda\n%X We propose TwoNet.\n%D 2022\n';
    const ris = 'TY  - JOUR\nTI  - Three\nAU  - Roth, K., Pemula, L.\nAB  - We propose ThreeNet.\nPY  - 2022\nER  - \nTY  - JOUR\nTI  - Four\nAU  - Microsoft Research, Asia\nAB  - We propose FourNet.\nPY  - 2022\nER  - \nTY  - JOUR\nTI  - Five\nAU  - Smith, John, Jr.\nAB  - We propose FiveNet.\nPY  - 2022\nER  - \n';
    const r = readInputs([{ file: 'a.enw', text: enw }, { file: 'b.ris', text: ris }]);
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Karsten Roth', 'Latha Pemula'],
      ['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda'],
      ['K. Roth', 'L. Pemula'],
      // (one comma, or one name with its suffix: one name, as it was)
      ['Microsoft Research, Asia'],
      ['John Smith Jr.'],
    ]);
  });
});

describe('PubMed (MEDLINE) text (.nbib)', () => {
  it('is detected by its first line or its .nbib extension (it was "unrecognised format")', () => {
    expect(detectFormat(load('pubmed.nbib').text, 'pubmed-anomaly-set.txt')).toBe('pubmed');
    expect(detectFormat('PMID- 1\n', 'citations.nbib')).toBe('pubmed');
    expect(detectFormat('PMID,Title,Abstract\n1,A,B\n', 'x.csv')).toBe('csv');
  });
  it('reads title (its full stop dropped), abstract, FAU (else AU), DP, the DOI among LID/AID and the PubMed page', () => {
    const r = read('pubmed.nbib');
    expect(r.papers.map((p) => [p.source.line, p.title, p.authors, p.date, p.doi, p.url])).toEqual([
      [1, 'Unsupervised anomaly detection in medical images with a memory-augmented multi-level cross-attentional masked autoencoder', ['Yu Tian', 'Fengbei Liu', 'Gustavo Carneiro'], '2023-04', '10.1016/j.media.2023.102770', 'https://pubmed.ncbi.nlm.nih.gov/36739795/'],
      [50, 'Constrained unsupervised anomaly segmentation', ['J. Silva-Rodriguez', 'V. Naranjo', 'J. Dolz'], '2021-11', '10.1016/j.media.2022.102526', 'https://pubmed.ncbi.nlm.nih.gov/34224867/'],
    ]);
    expect(r.papers[0]!.abstract).toMatch(/^Unsupervised anomaly detection \(UAD\) aims to find anomalous images by optimising a detector .* chest X-ray datasets\.$/);
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[66, '"Anomaly detection in brain MRI: a commentary": no abstract']]);
    expect(r.warnings).toEqual([]);
  });
});

describe("PubMed's AU names without FAU", () => {
  it('reads a lone AU as a list of them is read, "Roth K" as "K. Roth" (it stayed "Roth K")', () => {
    const text = [
      'PMID- 1', 'TI  - One author.', 'AB  - We propose AlphaNet.', 'AU  - Roth K', 'DP  - 1998', '',
      'PMID- 2', 'TI  - Two authors.', 'AB  - We propose BetaNet.', 'AU  - Roth K', 'AU  - Zepeda JP', 'DP  - 1999', '',
      'PMID- 3', 'TI  - A group.', 'AB  - We propose GammaNet.', 'AU  - Anomaly Study Group', 'DP  - 1999', '',
    ].join('\n');
    const r = readInputs([{ file: 'old.nbib', text }]);
    expect(r.papers.map((p) => p.authors)).toEqual([['K. Roth'], ['K. Roth', 'J. P. Zepeda'], ['Anomaly Study Group']]);
  });
});

describe("PubMed's Bookshelf records", () => {
  it('reads a book by its BTI, a chapter by its TI (the book was a reject: "record has no title"); editors are no authors', () => {
    const text = [
      'PMID- 35000001', 'STAT- Publisher', 'BTI - Deep Learning for Anomaly Detection.', 'AB  - This book reviews deep anomaly detection.', 'FED - Pang, Guansong', 'ED  - Pang G', 'DP  - 2021', '',
      'PMID- 35000002', 'TI  - Video anomaly detection.', 'BTI - Deep Learning for Anomaly Detection.', 'AB  - This chapter reviews video anomaly detection.', 'FAU - Liu, Wen', 'DP  - 2021', '',
    ].join('\n');
    const r = readInputs([{ file: 'books.nbib', text }]);
    expect(r.papers.map((p) => [p.source.line, p.title, p.authors])).toEqual([
      [1, 'Deep Learning for Anomaly Detection', undefined],
      [9, 'Video anomaly detection', ['Wen Liu']],
    ]);
    expect(r.rejects).toEqual([]);
  });
});

describe('author lists of surnames alone ("Li, Wang, Zhang, Chen")', () => {
  it('reads each part as an author (they were paired into "Setkov Defard", "Audigier Loesch") and says the shape was open', () => {
    const r = read('authors-surnames.csv');
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Pang', 'Shen', 'Cao', 'van den Hengel'],
      ['Defard', 'Setkov', 'Loesch', 'Audigier'],
      ['Georgescu', 'Barbalau', 'Ionescu', 'Khan', 'Popescu', 'Shah'],
      ['Hendrycks', 'Mazeika', 'Dietterich'],
    ]);
    expect(r.papers.map((p) => p.authorsCount)).toEqual([4, 4, 6, 3]);
    // (one warning a list whose shape was open, naming file and line; none for the lists no pairing fits)
    expect(r.warnings.filter((w) => /Family, Given/.test(w.message)).map((w) => [w.file, w.line])).toEqual([
      ['authors-surnames.csv', 3],
      ['authors-surnames.csv', 4],
    ]);
    expect(r.warnings.find((w) => w.line === 3)?.message).toMatch(/"Defard, Setkov, Loesch, Audigier" read as 4 names, one a part: they could as well be 2 "Family, Given" pairs/);
  });
  it('reads such a list as pairs on evidence: another row of the file in pairs, the record\'s author count, a tagged format', () => {
    // (the fixture of "Family, Given" lists: its "Vandermeulen, Robert A." row says the file writes pairs)
    const fg = read('authors-family-given.csv');
    expect(fg.papers[0]!.authors).toEqual(['Karsten Roth', 'Latha Pemula', 'Joaquin Zepeda', 'Bernhard Schölkopf']);
    expect(fg.warnings.filter((w) => /Family, Given/.test(w.message))).toEqual([]);
    // (so in a JSON array: one record's "Robert A." says the file's lists are pairs)
    const arr = JSON.stringify([
      { title: 'One', abstract: 'We propose OneNet.', authors: 'Roth, Karsten, Pemula, Latha' },
      { title: 'Two', abstract: 'We propose TwoNet.', authors: 'Ruff, Lukas, Vandermeulen, Robert A.' },
    ]);
    const ja = readInputs([{ file: 'x.json', text: arr }]);
    expect([ja.papers.map((p) => p.authors), ja.warnings]).toEqual([[['Karsten Roth', 'Latha Pemula'], ['Lukas Ruff', 'Robert A. Vandermeulen']], []]);
    const line = (o: object) => readInputs([{ file: 'x.jsonl', text: JSON.stringify({ title: 'A Paper', abstract: 'About anomalies.', ...o }) }]);
    expect(line({ authors: 'Roth, Karsten, Pemula, Latha', num_authors: 2 }).papers[0]!.authors).toEqual(['Karsten Roth', 'Latha Pemula']);
    // (and a count of as many as the parts says they are surnames alone: no warning)
    const four = line({ title: 'PaDiM', authors: 'Defard, Setkov, Loesch, Audigier', num_authors: 4 });
    expect([four.papers[0]!.authors, four.warnings]).toEqual([['Defard', 'Setkov', 'Loesch', 'Audigier'], []]);
    const alone = line({ authors: 'Roth, Karsten, Pemula, Latha' });
    expect(alone.papers[0]!.authors).toEqual(['Roth', 'Karsten', 'Pemula', 'Latha']);
    expect(alone.warnings.map((w) => [w.file, w.line])).toEqual([['x.jsonl', 1]]);
    const ris = 'TY  - JOUR\nTI  - A Paper\nAB  - About anomalies.\nAU  - Roth, Karsten, Pemula, Latha\nER  - \n';
    expect(readInputs([{ file: 'x.ris', text: ris }]).papers[0]!.authors).toEqual(['Karsten Roth', 'Latha Pemula']);
  });
});
