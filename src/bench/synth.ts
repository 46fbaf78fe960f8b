/**
 * Synthetic corpora for the benchmark: N papers made from the bundled abstracts, seeded.
 * Paper i copies template i mod T, then varies its entity names so the graph grows like a real one would:
 * - each proposed method gets a new name (`FiLo` -> `FiLo-Vaku`), everywhere in the title and abstract;
 * - each evaluated or mentioned dataset and each model is swapped for another from the corpus's pools
 *   (so benchmarks are shared across synthetic papers in new combinations);
 * - dates are spread over 2018-2025; titles are unique (a tag is appended when no name changed);
 * - each paper has as many authors as its template counts (else 1 to 6), made-up names drawn from a pool that grows as
 *   papers are made, a few prolific (so an author's name finds several papers, and the viewer's search indexes as many
 *   names as a real corpus has), from a generator of their own, so the rest of each record is what it was without them.
 * Output is JSONL, one paper a line, that the JSONL reader reads. Pure and deterministic.
 */
import type { Paper, PaperEntities } from '../model.ts';
import { mulberry32 } from '../analysis/rng.ts';

export interface SynthTemplate {
  paper: Paper;
  entities: PaperEntities;
}

/** Syllables of the made-up authors' names: some accented, as real names are (the search folds them). */
const NAME_SYLLABLES = ['an', 'be', 'chi', 'da', 'el', 'fu', 'gö', 'ha', 'i', 'jé', 'ko', 'lu', 'ma', 'ni', 'o', 'pa', 'ri', 'sa', 'ta', 'wen', 'xu', 'ya', 'zé', 'ño'];
const SYLLABLES = ['ka', 'vo', 'ru', 'mi', 'te', 'so', 'la', 'ne', 'zu', 'pi', 'do', 'fa', 'ge', 'hi', 'jo', 'ly', 'xe', 'qu', 'bre', 'tra'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replace whole-word occurrences (not inside a longer alphanumeric token). */
export function replaceName(text: string, from: string, to: string): string {
  if (!from) return text;
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(from)}(?![\\p{L}\\p{N}])`, 'gu'), () => to);
}

function tag(rng: () => number): string {
  const n = 2 + Math.floor(rng() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

function nameWord(rng: () => number): string {
  const n = 1 + Math.floor(rng() * 3);
  let s = '';
  for (let i = 0; i < n; i++) s += NAME_SYLLABLES[Math.floor(rng() * NAME_SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * A paper's authors: `count` distinct names, each a known author's (half the time, the earlier ones likelier: on 10,000
 * papers about 58,000 bylines of 25,600 names, the most prolific on some 80 papers) or a new one's.
 */
function synthAuthors(rng: () => number, pool: string[], count: number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 4; tries++) {
    if (pool.length && rng() < 0.5) out.add(pool[Math.floor(pool.length * rng() ** 1.5)]);
    else {
      const name = `${nameWord(rng)} ${nameWord(rng)}`;
      pool.push(name);
      out.add(name);
    }
  }
  return [...out];
}

/** Longest names first, so 'MVTec AD' is replaced before 'MVTec'. */
const byLength = (a: [string, string], b: [string, string]) => b[0].length - a[0].length;

export interface SynthPaperRecord {
  title: string;
  abstract: string;
  date: string;
  authors: string[];
  authorsCount?: number;
  upvotes?: number;
}

/** N synthetic paper records from the templates (seeded). */
export function synthPapers(templates: readonly SynthTemplate[], n: number, seed = 1): SynthPaperRecord[] {
  if (!templates.length) throw new Error('synthPapers: no template papers');
  const rng = mulberry32(seed);
  // (the authors from a generator of their own: the rest of each record is as it was before they were added)
  const authorRng = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const authorPool: string[] = [];
  const datasetPool = [...new Set(templates.flatMap((t) => t.entities.datasets.filter((d) => d.role !== 'introduced').map((d) => d.name)))].sort();
  const modelPool = [...new Set(templates.flatMap((t) => t.entities.models.map((m) => m.name)))].sort();
  const titles = new Set<string>();
  const out: SynthPaperRecord[] = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    const variant = Math.floor(i / templates.length);
    let title = t.paper.title;
    let abstract = t.paper.abstract;
    const swaps: [string, string][] = [];
    if (variant > 0) {
      for (const m of t.entities.methods_proposed) swaps.push([m.name, `${m.name}-${tag(rng)}`]);
      for (const d of t.entities.datasets) {
        if (d.role !== 'introduced' && datasetPool.length) swaps.push([d.name, datasetPool[Math.floor(rng() * datasetPool.length)]]);
        else if (d.role === 'introduced') swaps.push([d.name, `${d.name}-${tag(rng)}`]);
      }
      for (const m of t.entities.models) if (modelPool.length) swaps.push([m.name, modelPool[Math.floor(rng() * modelPool.length)]]);
    }
    // Two passes through placeholders so a swap never re-replaces another's output.
    const sorted = swaps.sort(byLength);
    sorted.forEach(([from], k) => {
      title = replaceName(title, from, `\u0001${k}\u0002`);
      abstract = replaceName(abstract, from, `\u0001${k}\u0002`);
    });
    const fill = (s: string) => s.replace(/\u0001(\d+)\u0002/g, (_m, k) => sorted[Number(k)][1]);
    title = fill(title);
    abstract = fill(abstract);
    while (titles.has(title.toLowerCase())) title = `${title} ${tag(rng)}`;
    titles.add(title.toLowerCase());
    const year = 2018 + Math.floor(rng() * 8);
    const month = 1 + Math.floor(rng() * 12);
    const day = 1 + Math.floor(rng() * 28);
    out.push({
      title,
      abstract,
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      authors: synthAuthors(authorRng, authorPool, t.paper.authorsCount ?? 1 + Math.floor(authorRng() * 6)),
      ...(t.paper.authorsCount !== undefined ? { authorsCount: t.paper.authorsCount } : {}),
      upvotes: Math.floor(rng() * 60),
    });
  }
  return out;
}

/** The same as JSONL text. */
export function synthCorpus(templates: readonly SynthTemplate[], n: number, seed = 1): string {
  return synthPapers(templates, n, seed).map((r) => JSON.stringify(r)).join('\n') + '\n';
}
