/**
 * Gaps: for a dataset (or a setting, domain, technique), the known methods that have NOT been evaluated on
 * it in this corpus, ranked by how close they are to it, each with the reasons a researcher can check.
 *
 * "Evaluated on a dataset" means what the matrix marks: the method's own (proposing) paper evaluates on it.
 * "Evaluated in a setting" means the method's own paper has that setting (`has-setting`), and likewise for
 * domains (`in-domain`) and techniques (`uses-technique`).
 *
 * Closeness of a candidate method m to the target T, from m's own papers against the papers on T:
 *   - co-benchmarks (×4 each): datasets m is evaluated on that papers on T also evaluate on;
 *   - same domain (×1 each, dataset targets): other datasets m is evaluated on whose lexicon domain is T's;
 *   - shared settings (×1 each) and shared domains (×1 each) with the papers on T (T itself excluded);
 *   - mentioned-only methods (no proposing paper in the corpus) are judged from the papers that mention
 *     them, score halved, and flagged `basis: 'mentioned'`.
 * Pure: no DOM, no Node.
 */
import type { EntityNode, KnowledgeGraph, Relation } from '../model.ts';
import { compareLabels, type NodeFilter } from './node-utils.ts';

export interface Gap {
  method: string;
  label: string;
  score: number;
  /** Human-readable reasons, strongest first. */
  reasons: string[];
  /** Datasets the method is evaluated on (keys), sorted by label. */
  evaluatedOn: string[];
  /** The papers the judgement is based on (its proposing papers, or the mentioning ones). */
  papers: string[];
  basis: 'proposed' | 'mentioned';
}

export interface GapReport {
  target: string;
  label: string;
  kind: string;
  /** Papers on the target (evaluating on the dataset / having the setting ...), sorted. */
  papers: string[];
  /** Methods already evaluated on the target, sorted by label. */
  covered: string[];
  /** Methods not evaluated on it, best candidates first. */
  gaps: Gap[];
}

export interface GapOptions {
  nodeFilter?: NodeFilter;
  /** Keep candidates with score 0 (default false: only methods with some reason to be there). */
  includeUnrelated?: boolean;
  /** At most this many gaps (default: all). */
  limit?: number;
}

const TARGET_RELATION: Record<string, Relation> = {
  dataset: 'evaluates-on',
  setting: 'has-setting',
  domain: 'in-domain',
  technique: 'uses-technique',
  model: 'uses-model',
  metric: 'reports-metric',
};

interface Profile {
  datasets: Set<string>;
  settings: Set<string>;
  domains: Set<string>;
  /** Every entity the papers point to, with the relation. */
  targets: Set<string>;
}

function profileOf(graph: KnowledgeGraph, papers: Iterable<string>, pass: NodeFilter): Profile {
  const prof: Profile = { datasets: new Set(), settings: new Set(), domains: new Set(), targets: new Set() };
  for (const p of papers) {
    graph.forEachOutEdge(p, (_e, ea, _s, t, _sa, ta) => {
      if (!pass(t)) return;
      prof.targets.add(`${ea.relation}\u0001${t}`);
      if (ea.relation === 'evaluates-on' && ta.kind === 'dataset') prof.datasets.add(t);
      else if (ea.relation === 'has-setting') prof.settings.add(t);
      else if (ea.relation === 'in-domain') prof.domains.add(t);
    });
  }
  return prof;
}

function labelList(graph: KnowledgeGraph, keys: Iterable<string>, max = 4): string {
  const labels = [...keys].map((k) => graph.getNodeAttribute(k, 'label')).sort(compareLabels);
  return labels.length > max ? `${labels.slice(0, max).join(', ')} and ${labels.length - max} more` : labels.join(', ');
}

export function findGaps(graph: KnowledgeGraph, targetKey: string, opts: GapOptions = {}): GapReport {
  if (!graph.hasNode(targetKey)) throw new Error(`findGaps: no node '${targetKey}' in the graph; pick a dataset or a setting.`);
  const target = graph.getNodeAttributes(targetKey);
  const relation = TARGET_RELATION[target.kind];
  if (!relation)
    throw new Error(`findGaps: '${targetKey}' is a ${target.kind}; pick a dataset, setting, domain, technique, model or metric.`);
  const pass = opts.nodeFilter ?? (() => true);

  // Papers on the target.
  const onTarget = new Set<string>();
  graph.forEachInEdge(targetKey, (_e, ea, s, _t, sa) => {
    if (ea.relation === relation && sa.kind === 'paper' && pass(s)) onTarget.add(s);
  });
  const targetProfile = profileOf(graph, onTarget, pass);
  // How many papers on T use each dataset / setting / domain.
  const use = new Map<string, number>();
  for (const p of onTarget) {
    graph.forEachOutEdge(p, (_e, ea, _s, t) => {
      if (pass(t) && (ea.relation === 'evaluates-on' || ea.relation === 'has-setting' || ea.relation === 'in-domain'))
        use.set(t, (use.get(t) ?? 0) + 1);
    });
  }

  // Each method's own papers and mentioning papers.
  const proposing = new Map<string, Set<string>>();
  const mentioning = new Map<string, Set<string>>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'method' || !pass(key)) return;
    proposing.set(key, new Set());
    mentioning.set(key, new Set());
  });
  graph.forEachEdge((_e, ea, s, t, sa) => {
    if (sa.kind !== 'paper' || !pass(s)) return;
    if (ea.relation === 'proposes') proposing.get(t)?.add(s);
    else if (ea.relation === 'mentions') mentioning.get(t)?.add(s);
  });

  const covered: string[] = [];
  const gaps: Gap[] = [];
  const targetDomain = target.kind === 'dataset' ? (target as EntityNode).domain : undefined;
  const targetLabel = target.label;

  for (const [method, own] of proposing) {
    if ([...own].some((p) => onTarget.has(p))) {
      covered.push(method);
      continue;
    }
    const basis: Gap['basis'] = own.size > 0 ? 'proposed' : 'mentioned';
    const papers = basis === 'proposed' ? own : (mentioning.get(method) ?? new Set<string>());
    const prof = profileOf(graph, papers, pass);
    const reasons: { weight: number; text: string }[] = [];
    let score = 0;

    const coBench = [...prof.datasets].filter((d) => d !== targetKey && targetProfile.datasets.has(d));
    if (coBench.length) {
      const w = 4 * coBench.length;
      score += w;
      const named = coBench
        .map((d) => `${graph.getNodeAttribute(d, 'label')} (used by ${use.get(d) ?? 0} of the ${onTarget.size} papers on ${targetLabel})`)
        .sort(compareLabels);
      reasons.push({ weight: w, text: `evaluated on ${named.join(', ')}` });
    }
    if (targetDomain) {
      const same = [...prof.datasets].filter(
        (d) => d !== targetKey && !coBench.includes(d) && (graph.getNodeAttributes(d) as EntityNode).domain === targetDomain,
      );
      if (same.length) {
        score += same.length;
        reasons.push({ weight: same.length, text: `evaluated on ${labelList(graph, same)}: ${targetDomain} datasets, like ${targetLabel}` });
      }
    }
    const settings = [...prof.settings].filter((s) => s !== targetKey && targetProfile.settings.has(s));
    if (settings.length) {
      score += settings.length;
      reasons.push({ weight: settings.length, text: `shares the setting ${labelList(graph, settings)} with papers on ${targetLabel}` });
    }
    const domains = [...prof.domains].filter((d) => d !== targetKey && targetProfile.domains.has(d));
    if (domains.length) {
      score += domains.length;
      reasons.push({ weight: domains.length, text: `same domain (${labelList(graph, domains)}) as papers on ${targetLabel}` });
    }
    if (basis === 'mentioned') {
      score = score / 2;
      const alongside = [...papers].filter((p) => onTarget.has(p));
      if (alongside.length)
        reasons.push({
          weight: 0,
          text: `mentioned (e.g. as a baseline) by ${alongside.length} paper(s) on ${targetLabel}: check whether it was run there`,
        });
      reasons.push({ weight: -1, text: 'only mentioned in this corpus (no paper proposing it)' });
    }
    if (score <= 0 && !opts.includeUnrelated) continue;
    gaps.push({
      method,
      label: graph.getNodeAttribute(method, 'label'),
      score,
      reasons: reasons.sort((a, b) => b.weight - a.weight).map((r) => r.text),
      evaluatedOn: [...prof.datasets].sort((a, b) =>
        compareLabels(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')),
      ),
      papers: [...papers].sort(),
      basis,
    });
  }

  gaps.sort((a, b) => b.score - a.score || compareLabels(a.label, b.label) || (a.method < b.method ? -1 : 1));
  covered.sort((a, b) => compareLabels(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')));
  return {
    target: targetKey,
    label: targetLabel,
    kind: target.kind,
    papers: [...onTarget].sort(),
    covered,
    gaps: opts.limit !== undefined ? gaps.slice(0, opts.limit) : gaps,
  };
}

/** Plain-text list of a gap report, one line a method (for copying into notes). */
export function gapsToText(graph: KnowledgeGraph, report: GapReport): string {
  const lines = [`Methods not evaluated on ${report.label} (${report.kind}) in this corpus, closest first:`];
  for (const g of report.gaps) lines.push(`- ${g.label} [score ${g.score}]: ${g.reasons.join('; ')}`);
  if (report.covered.length) lines.push(`Already evaluated on it: ${report.covered.map((k) => graph.getNodeAttribute(k, 'label')).join(', ')}`);
  return lines.join('\n') + '\n';
}
