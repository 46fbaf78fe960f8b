/**
 * The offline copy's side of export-html: read the graph and view embedded in the page (inert JSON data
 * blocks). main.ts calls `embeddedSnapshot()` before fetching graph.json and, when the address has no view of
 * its own, gives it the exported one before createApp reads it (`applySnapshotView(app, snap)` after createApp
 * only where the address cannot be changed).
 */
import { OFFLINE_BODY_ID, OFFLINE_GRAPH_ID, OFFLINE_META, OFFLINE_VIEW_ID, OFFLINE_WORKER_ID } from '../../src/export/offline-html.ts';
import { decodeView, stateFromUrl } from '../url-state.ts';
import type { AppContext } from '../app.ts';

export interface SnapshotView {
  /** The viewer's URL query at export time (?sel=...&domain=...&cam=...). */
  search?: string;
}

export interface Snapshot {
  graphJson: string;
  view: SnapshotView | null;
  bodyHtml: string | null;
}

/** The pipeline worker's code embedded in an offline copy exported with the paper reader, else null. */
export function embeddedWorkerCode(): string | null {
  const el = document.getElementById(OFFLINE_WORKER_ID);
  if (!el?.textContent || el.getAttribute('type') !== 'application/json') return null;
  try {
    const code = JSON.parse(el.textContent) as unknown;
    return typeof code === 'string' && code ? code : null;
  } catch {
    return null;
  }
}

export function isOfflineCopy(): boolean {
  return document.querySelector(`meta[name="${OFFLINE_META}"]`) !== null;
}

export function embeddedSnapshot(): Snapshot | null {
  const graph = document.getElementById(OFFLINE_GRAPH_ID);
  if (!graph || graph.getAttribute('type') !== 'application/json') return null;
  const parse = <T>(id: string): T | null => {
    const el = document.getElementById(id);
    if (!el?.textContent) return null;
    try {
      return JSON.parse(el.textContent) as T;
    } catch {
      return null;
    }
  };
  return { graphJson: graph.textContent ?? '', view: parse<SnapshotView>(OFFLINE_VIEW_ID), bodyHtml: parse<string>(OFFLINE_BODY_ID) };
}

/**
 * Apply the exported view (selection, link, filters, colouring, matrix, Gaps target, camera) to a freshly created app,
 * where the address could not be given it before the start: through the online viewer's stateFromUrl, as a link is
 * opened. (It was mapped here by hand: a selected link was dropped, and a domain, a head to sort by or a Gaps target
 * the graph does not have was kept, where a link drops them.)
 */
export function applySnapshotView(app: AppContext, snap: Snapshot): void {
  if (!snap.view?.search) return;
  const v = decodeView(snap.view.search);
  app.setState(stateFromUrl(app.graph, app.state, v), 'none');
  if (v.camera) app.renderer.getCamera().setState({ ...v.camera, angle: 0 });
}
