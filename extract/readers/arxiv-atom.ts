/**
 * Reader for arXiv API results (Atom XML) through fast-xml-parser: entry title, summary, authors,
 * published, id (-> arxivId), links (the abs page -> url), arxiv:doi. Also arXiv's RSS feeds as Atom
 * (rss.arxiv.org/atom/...): dc:creator authors, the "Announce Type" opening of each summary dropped, a replacement
 * dated by its first version; and the same feeds as RSS 2.0 (rss.arxiv.org/rss/...), each <item> read as an entry
 * (<description>, <pubDate>, <guid>).
 *
 * Each `<entry>` is validated and parsed on its own, so a malformed entry costs only itself and each
 * reject names the line its entry starts on (with the parser's own line for XML errors).
 */
import type { XMLParser } from 'fast-xml-parser';
import { parserFor } from './parsers.ts';
import { addRecord, buildPaper, emptyOutput, recordContext, warnAt, type LooseFields, type ReaderOutput } from './record.ts';
import { decodeTexAccents, lineIndex } from './text.ts';

/** Content test used by detection. */
export function looksLikeAtom(text: string): boolean {
  if (/<feed[\s>]/.test(text)) return /<entry[\s>]/.test(text) || /xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(text);
  // (or an RSS 2.0 feed of items, as arXiv's own, rss.arxiv.org/rss/cs.CV: it was "unrecognised format")
  return isRss(text);
}

/** An RSS 2.0 feed: an <rss> element holding <item> elements. */
function isRss(text: string): boolean {
  return /<rss[\s>]/.test(text) && /<item[\s>]/.test(text);
}

let parser: XMLParser | undefined;
/** The XML parser, made on first use (fast-xml-parser is loaded only for Atom input, see parsers.ts). */
const xmlParser = (): XMLParser => (parser ??= new (parserFor('xml').XMLParser)({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // numeric character references ("Caf&#233;", "D&#xE9;tection") as well as the five XML entities: fast-xml-parser
  // decodes the numeric ones only with htmlEntities
  htmlEntities: true,
  isArray: (name) => name === 'author' || name === 'link' || name === 'category',
}));

type Node = Record<string, unknown>;

/** Text of an element that may carry attributes (`{ '#text': ..., '@_type': ... }`). */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return textOf((v as Node)['#text']);
  return undefined;
}

/** The opening of a summary in arXiv's RSS feeds: "arXiv:2401.12345v1 Announce Type: new \nAbstract: " (its id, its type). */
const ANNOUNCED = /^\s*arXiv:(\S+)\s+Announce Type:\s*([\w-]+)\s*(?:Abstract:\s*)?/i;

/** The month a new-style arXiv id was first submitted in ("2106.08265v3" -> "2021-06"); undefined for an old-style id. */
function firstVersionMonth(id: string): string | undefined {
  const m = /(?:^|[/:])(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?$/.exec(id.trim());
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `20${m[1]}-${m[2]}` : undefined;
}

export function readArxivAtom(text: string, file: string): ReaderOutput {
  const out = emptyOutput();
  const ctx = recordContext(file, text);
  const lineOf = lineIndex(text);
  // (an RSS feed's records are its <item> elements, each an Atom <entry>'s fields under other names)
  const tag = !/<feed[\s>]/.test(text) && isRss(text) ? 'item' : 'entry';
  const kind = tag === 'item' ? 'RSS' : 'Atom';
  const starts = [...text.matchAll(tag === 'item' ? /<item[\s>]/g : /<entry[\s>]/g)].map((m) => m.index ?? 0);
  if (!starts.length) out.warnings.push({ file, message: 'Atom feed has no <entry> elements' });

  const { XMLValidator } = parserFor('xml'); // here, not inside a try below: a missing parser is no reject
  const xmlp = xmlParser();
  starts.forEach((at, k) => {
    const line = lineOf(at);
    const next = starts[k + 1] ?? text.length;
    const close = text.indexOf(`</${tag}>`, at);
    if (close < 0 || close > next) {
      out.rejects.push({ file, line, reason: `${kind} <${tag}> is not closed with </${tag}>` });
      return;
    }
    const xml = text.slice(at, close + `</${tag}>`.length);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      const errLine = line + (valid.err.line ?? 1) - 1;
      // The validator counts lines from the entry's start: make every line number the file's.
      const msg = valid.err.msg.replace(/\bline (\d+)/g, (_m, n: string) => `line ${line + Number(n) - 1}`);
      out.rejects.push({ file, line, reason: `${kind} <${tag}>: invalid XML at line ${errLine}: ${msg}` });
      return;
    }
    let entry: Node;
    try {
      entry = (xmlp.parse(xml) as Record<string, Node>)[tag]!;
      // (RSS: <description> the summary, <pubDate> the date, <guid> the id, <link> the link as text)
      // (the day <pubDate> writes, "Tue, 23 Jan 2024 00:00:00 -0500": "23 Jan 2024", as written, not moved to UTC)
      if (tag === 'item') {
        const pub = textOf(entry.pubDate);
        const day = pub && /\b(\d{1,2} [A-Za-z]{3} \d{4})\b/.exec(pub)?.[1];
        entry = { ...entry, summary: entry.description, published: day || pub, id: entry.guid };
      }
    } catch (err) {
      out.rejects.push({ file, line, reason: `${kind} <${tag}>: ${(err as Error).message.split('\n')[0]}` });
      return;
    }
    // The arXiv API answers a bad query with an entry of its own (id .../api/errors#..., title "Error"): no paper
    const id = textOf(entry.id);
    if (id && /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors\b/i.test(id)) {
      out.rejects.push({ file, line, reason: `the arXiv API's error: ${textOf(entry.summary) ?? id}` });
      return;
    }
    const links = ((entry.link as (Node | string)[] | undefined) ?? []).map((l) =>
      typeof l === 'string'
        ? { href: l.trim(), rel: 'alternate', title: '' }
        : { href: String(l['@_href'] ?? ''), rel: String(l['@_rel'] ?? 'alternate'), title: String(l['@_title'] ?? '') },
    );
    const abs = links.find((l) => l.rel === 'alternate' && l.href)?.href;
    const doiLink = links.find((l) => l.title === 'doi')?.href;
    const authors = ((entry.author as Node[] | undefined) ?? []).map((a) => textOf(a.name) ?? '').filter(Boolean);
    // arXiv's RSS feeds as Atom (rss.arxiv.org/atom/cs.CV): the authors in <dc:creator>, one string, "A, B" (they were
    // lost without a word); the summary opening on "arXiv:2401.12345v1 Announce Type: new Abstract: " (it was read as
    // the abstract's first words); a "replace" entry a new version of an older paper, announced on its <published>
    const creators = (Array.isArray(entry.creator) ? entry.creator : [entry.creator]).map(textOf).filter((c): c is string => !!c?.trim());
    const announced = ANNOUNCED.exec(textOf(entry.summary) ?? '');
    const replaced = /^replace/i.test(textOf(entry.announce_type) ?? announced?.[2] ?? '');
    // (title and summary are the TeX the authors submitted, as in the arXiv snapshot: "Poincar\\'e" is Poincaré)
    const title = textOf(entry.title);
    const summary = announced ? textOf(entry.summary)!.slice(announced[0].length) : textOf(entry.summary);
    const loose: LooseFields = {
      title: title === undefined ? undefined : decodeTexAccents(title),
      abstract: summary === undefined ? undefined : decodeTexAccents(summary),
      authors: authors.length ? authors : creators.length ? (creators.length === 1 ? creators[0] : creators) : undefined,
      // (a new version's entry: the month of its first, which a new-style arXiv id names, "2106.08265" June 2021)
      date: (replaced && firstVersionMonth(announced?.[1] ?? id ?? '')) || (textOf(entry.published) ?? textOf(entry.updated)),
      id,
      url: abs ?? id,
      doi: textOf(entry.doi) ?? doiLink,
    };
    const source = { file, line };
    addRecord(out, buildPaper(loose, source, ctx, warnAt(out, source)), source);
  });
  return out;
}
