/**
 * The co-authorship network (src/analysis/coauthors.ts) in the formats `paperweave export` writes: coauthors.gexf (GEXF
 * 1.3 through the graph's own writer: viz position, colour and size, the authors' papers, years and top method as typed
 * attributes, each link's weight the papers written together) and the desktop VOSviewer's map and network files (the
 * graph's own writer: weights Links, Total link strength and Papers, scores Avg. pub. year, First year and Last year, a
 * description of what a hover shows; links' strength the papers written together). Pure.
 */
import type { CoauthorGraph } from '../analysis/coauthors.ts';
import { writeGEXF, xmlSafe, type Scalar } from './gexf.ts';
import { escapeHtmlText } from './offline-html.ts';
import { vosCluster, vosviewerMapFiles, type VosLink, type VosMapItem } from './vosviewer.ts';

/** The network as GEXF 1.3 (passes check-gexf --require-viz). */
export function toCoauthorsGEXF(net: CoauthorGraph): string {
  const name = net.getAttribute('name');
  return writeGEXF(net, {
    meta: [
      ['creator', 'paperweave'],
      ['description', xmlSafe(`paperweave co-authorship network: ${name}, ${net.order} authors, ${net.size} links weighted by the papers written together`)],
      ['keywords', name],
    ],
    nodeRow: (a) => {
      const row: Record<string, Scalar> = { papers: a.papers, community: a.community };
      if (a.firstYear !== undefined) row.firstYear = a.firstYear;
      if (a.lastYear !== undefined) row.lastYear = a.lastYear;
      if (a.topMethod !== undefined) row.topMethod = xmlSafe(a.topMethod);
      return row;
    },
    edgeRow: () => ({}),
  });
}

/** The network as the desktop VOSviewer's map file and network file (ids 1, 2, ... in the network's order). */
export function toCoauthorsVosviewerFiles(net: CoauthorGraph): { map: string; network: string } {
  const ids = new Map<string, number>();
  net.forEachNode((key) => ids.set(key, ids.size + 1));
  const links: VosLink[] = [];
  const strength = new Map<string, number>();
  net.forEachEdge((_e, a, s, t) => {
    links.push({ source_id: ids.get(s)!, target_id: ids.get(t)!, strength: a.weight });
    for (const k of [s, t]) strength.set(k, (strength.get(k) ?? 0) + a.weight);
  });
  const items: VosMapItem[] = [];
  net.forEachNode((key, a) => {
    const span = a.firstYear === undefined ? 'no year' : a.firstYear === a.lastYear ? String(a.firstYear) : `${a.firstYear}–${a.lastYear}`;
    const about = [`${a.papers} paper${a.papers === 1 ? '' : 's'}`, span, ...(a.topMethod !== undefined ? [`mostly on ${a.topMethod}`] : [])].join(' · ');
    items.push({
      id: ids.get(key)!,
      label: a.label,
      description: `<div class='description_heading'>${escapeHtmlText(a.label)}</div><div class='description_text'>${escapeHtmlText(about)}</div>`,
      x: a.x,
      y: a.y,
      cluster: vosCluster(a.community),
      weights: { Links: net.degree(key), 'Total link strength': strength.get(key) ?? 0, Papers: a.papers },
      scores: { 'Avg. pub. year': a.meanYear ?? null, 'First year': a.firstYear ?? null, 'Last year': a.lastYear ?? null },
    });
  });
  return vosviewerMapFiles(items, links);
}
