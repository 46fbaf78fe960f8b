/**
 * An offline copy opens on its exported view through the online viewer's stateFromUrl (web/url-state.ts), as a link
 * is opened: applySnapshotView, the copy's way where its address cannot be changed, mapped the URL by hand and skipped
 * its checks.
 */
import { describe, expect, it } from 'vitest';
import { applySnapshotView, type Snapshot } from '../../web/features/offline-boot.ts';
import { decodeView, stateFromUrl } from '../../web/url-state.ts';
import { initialState, type ViewState } from '../../web/state.ts';
import type { AppContext } from '../../web/app.ts';
import { fixtureGraph } from './fixture.ts';

/** What applySnapshotView reads and calls of an app. */
function fakeApp() {
  const graph = fixtureGraph();
  const calls: { state: ViewState; mode?: string }[] = [];
  const cameras: unknown[] = [];
  const app = {
    graph,
    state: initialState(),
    setState(next: ViewState, mode?: string) {
      calls.push({ state: next, mode });
      app.state = next;
    },
    renderer: { getCamera: () => ({ setState: (c: unknown) => cameras.push(c) }) },
  };
  return { app, calls, cameras };
}

const snapshot = (search: string): Snapshot => ({ graphJson: '', view: { search }, bodyHtml: null });

describe('offline copy: the exported view', () => {
  // a view with what a link checks: a selected link, a domain, a head to sort by and a Gaps target this graph does not have
  const search = '?sel=dataset%3Avisa&sel=method%3Agone&edge=paper%3Awinclip~dataset%3Avisa~evaluates-on&domain=nonexistent&setting=zero-shot'
    + '&matrix=open&mby=method%3Apatchcore&gaps=method%3Apatchcore&color=cluster&size=pagerank&cam=0.25%2C0.75%2C0.5';

  it('is the state a link with the same address opens (stateFromUrl), in one step, outside the history', () => {
    const { app, calls, cameras } = fakeApp();
    applySnapshotView(app as unknown as AppContext, snapshot(search));
    expect(calls).toHaveLength(1);
    expect(calls[0].mode).toBe('none');
    const online = stateFromUrl(app.graph, initialState(), decodeView(search));
    expect(calls[0].state).toEqual(online);
    expect(cameras).toEqual([{ x: 0.25, y: 0.75, ratio: 0.5, angle: 0 }]);
  });

  it('keeps the selected link and drops what this graph does not have', () => {
    const { app, calls } = fakeApp();
    applySnapshotView(app as unknown as AppContext, snapshot(search));
    const s = calls[0].state;
    expect(s.selected).toEqual(['dataset:visa']);
    expect(s.selectedEdge).toBe(app.graph.edge('paper:winclip', 'dataset:visa'));
    expect(s.filters.domain).toBeNull();
    expect(s.filters.setting).toBe('zero-shot');
    expect(s.matrix.open).toBe(true);
    expect(s.matrix.byColumn).toBeNull();
    expect(s.gaps).toBeNull();
    expect(s.colorBy).toBe('cluster');
    expect(s.sizeBy).toBe('pagerank');
  });

  it('does nothing without an exported view', () => {
    const { app, calls, cameras } = fakeApp();
    applySnapshotView(app as unknown as AppContext, { graphJson: '', view: null, bodyHtml: null });
    expect([calls, cameras]).toEqual([[], []]);
  });
});
