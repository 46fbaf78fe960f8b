/**
 * Mounts every "beyond" feature on the viewer: open file (picker + drop), method × dataset matrix, paper comparison, data table, gaps,
 * time slider, progress chart, exports. Call once after createApp:  `const beyond = mountBeyond(app)`.
 */
import type { AppContext } from '../app.ts';
import { mount as mountOpenFile, type OpenFileHandle } from './open-file.ts';
import { mount as mountMatrix, type MatrixHandle } from './matrix-panel.ts';
import { mount as mountCompare, type CompareHandle } from './compare-panel.ts';
import { mount as mountTable, type TableHandle } from './table-panel.ts';
import { mount as mountGaps, type GapsHandle } from './gaps-panel.ts';
import { mount as mountTimeline } from './timeline.ts';
import { mount as mountProgress, type ProgressHandle } from './progress-chart.ts';
import { mount as mountExports, type ExportsHandle } from './exports.ts';
import { isOfflineCopy } from './offline-boot.ts';

export { embeddedSnapshot, applySnapshotView, isOfflineCopy } from './offline-boot.ts';

export interface Beyond {
  openFile: OpenFileHandle;
  matrix: MatrixHandle;
  compare: CompareHandle;
  table: TableHandle;
  gaps: GapsHandle;
  exports: ExportsHandle;
  progress: ProgressHandle;
}

export function mountBeyond(ctx: AppContext): Beyond {
  const openFile = mountOpenFile(ctx);
  const matrix = mountMatrix(ctx);
  const compare = mountCompare(ctx);
  const table = mountTable(ctx);
  const exports = mountExports(ctx);
  mountTimeline(ctx);
  const progress = mountProgress(ctx);
  const gaps = mountGaps(ctx);
  matrix.onGaps((d) => gaps.target(d));
  if (isOfflineCopy()) document.body.classList.add('offline-copy');
  return { openFile, matrix, compare, table, gaps, exports, progress };
}
