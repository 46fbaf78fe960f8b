/**
 * Which reader a file needs: by content first (an Atom feed, a JSON array, JSON lines, BibTeX entries,
 * the `• N authors` lines of a Hugging Face page, a CSV header naming title and abstract columns), then
 * by extension when the content alone does not say (a `.csv` whose header lacks a title column is still
 * read as CSV, so the reader can say what the header lacks).
 */
import type { FormatName } from '../../src/model.ts';
import { looksLikeAtom } from './arxiv-atom.ts';
import { looksLikeBibtex } from './bibtex.ts';
import { looksLikeCsv } from './csv.ts';
import { looksLikeHfPage } from './hf-page.ts';
import { parseJson } from './jsonl.ts';
import { looksLikeRis } from './ris.ts';
import { looksLikeWos } from './wos.ts';
import { looksLikeEndnote } from './endnote.ts';
import { looksLikePubmed } from './pubmed.ts';

/** Text that is not text: NUL bytes, or many control characters near the start. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 4096);
  if (!head.length) return false;
  let ctrl = 0;
  for (const ch of head) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) ctrl++;
  }
  return ctrl / head.length > 0.05;
}

function extension(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The first non-blank line, trimmed. */
function firstLine(text: string): string {
  for (const l of text.split('\n', 50)) if (l.trim()) return l.trim();
  return '';
}

function isJsonObject(s: string): boolean {
  try {
    const v: unknown = parseJson(s);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

export function detectFormat(text: string, file: string): FormatName | null {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = t.trimStart();
  if (!trimmed) return null;
  const ext = extension(file);
  const first = trimmed[0];

  if (first === '<' && looksLikeAtom(t)) return 'arxiv-atom';
  if (first === '[') return 'json';
  if (first === '{') {
    if (isJsonObject(firstLine(t))) return 'jsonl';
    if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
    if (isJsonObject(trimmed)) return 'json'; // one pretty-printed object: one record
    return ext === 'json' ? 'json' : 'jsonl';
  }
  if (looksLikeRis(t)) return 'ris';
  if (looksLikeWos(t)) return 'wos';
  if (looksLikeEndnote(t)) return 'endnote';
  if (looksLikePubmed(t)) return 'pubmed';
  if (looksLikeBibtex(t)) return 'bibtex';
  if (looksLikeHfPage(t)) return 'hf-page';
  if (looksLikeCsv(t)) return 'csv';

  switch (ext) {
    case 'csv':
    case 'tsv':
      return 'csv';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'ris':
      return 'ris';
    case 'ciw':
      return 'wos';
    case 'enw':
      return 'endnote';
    case 'nbib':
      return 'pubmed';
    default:
      return null;
  }
}
