/**
 * The details panel is built once per state change (web/app.ts apply): a node chosen while the filters change (a
 * greyed entry in a panel chosen clears them and selects it) drew the panel twice, the "else" of the filters' redraw
 * having come apart from the selection's. Real Chromium, the bundled corpus.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';

const avail = browserAvailability();

describe.skipIf(!avail.ok)('viewer: the details panel drawn once per change', () => {
  const built = useBuiltViewer('pw-e2e-panel-once-');
  let session: Session;

  it('a node selected and the filters changed at once: the panel replaced once', async () => {
    session = await launch(built.site, built.graphDir);
    try {
      const { page, errors } = await openViewer(session);
      const renders = await page.evaluate(() => {
        const pw = window.paperweave!;
        const key = pw.graph.findNode((_k, a) => a.kind === 'method')!;
        const details = document.getElementById('details')!;
        let n = 0;
        const replace = details.replaceChildren.bind(details);
        details.replaceChildren = (...nodes: (string | Node)[]) => {
          n++;
          replace(...nodes);
        };
        const s = pw.app.state;
        pw.app.setState({ ...s, selected: [key], selectedEdge: null, filters: { ...s.filters, minConfidence: 0.5 } }, 'push');
        return n;
      });
      expect(renders).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await session.close();
    }
  }, 120_000);
});
