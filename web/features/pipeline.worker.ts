/**
 * Web worker: the CLI's own pipeline (read -> extract -> build -> clusters -> ForceAtlas2 layout) run off
 * the main thread on the text of files the user opened, so the page stays responsive. Posts progress
 * per stage, then the graph as graph.json text with the rejects (file, line, reason). Also the co-authorship network
 * of a graph the page sends (the Export menu's: the CLI's renderCoauthorFormat, whose ForceAtlas2 layout takes tens of
 * seconds on 25,000 authors). Nothing is sent anywhere but back to the page.
 */
import { runPipeline } from '../../src/pipeline.ts';
import { toGraphJSON } from '../../src/export/json.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { renderCoauthorFormat } from '../../src/export/index.ts';
import type { CoauthorsMessage, CoauthorsRequest, PipelineMessage, PipelineRequest } from './pipeline-protocol.ts';

const post = (m: PipelineMessage | CoauthorsMessage) => (self as unknown as Worker).postMessage(m);

self.addEventListener('message', (ev: MessageEvent<PipelineRequest | CoauthorsRequest>) => {
  const req = ev.data;
  if (req?.type === 'coauthors') {
    const t0 = performance.now();
    try {
      const out = renderCoauthorFormat(loadGraphJSON(req.graphJson), req.format);
      post({ type: 'coauthors-done', ...out, ms: Math.round(performance.now() - t0) });
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  if (!req || req.type !== 'run') return;
  const t0 = performance.now();
  try {
    let last = 0;
    const result = runPipeline(req.inputs, {
      year: req.year,
      name: req.name,
      onProgress(stage, done, total) {
        const now = performance.now();
        // At most ~20 messages a second, but always the end of a stage.
        if (done < total && now - last < 50) return;
        last = now;
        post({ type: 'progress', stage, done, total });
      },
    });
    post({
      type: 'done',
      graphJson: toGraphJSON(result.graph),
      papers: result.report.counts.papers,
      recordsIn: result.report.counts.recordsIn,
      rejects: result.report.rejects,
      warnings: result.report.warnings,
      ms: Math.round(performance.now() - t0),
    });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
