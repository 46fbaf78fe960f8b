/**
 * Bare sigma, the baseline of test/e2e/bench-viewer.ts: fetch graph.json, import it into graphology,
 * render it with sigma's defaults. Nothing else.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

declare global {
  interface Window {
    bare?: { renderer: Sigma; firstRender?: number };
  }
}

const res = await fetch('data/graph.json');
const json = await res.json();
const graph = new Graph();
graph.import(json);
const renderer = new Sigma(graph, document.getElementById('graph')!);
window.bare = { renderer };
// Same measure as web/main.ts: the second animation frame after the synchronous first render.
requestAnimationFrame(() => requestAnimationFrame(() => {
  window.bare!.firstRender = performance.now();
}));
