/**
 * Open your own data: a file picker (data-testid="file-input") and drag-and-drop anywhere on the page.
 * - graph.json and GEXF are shown as they are (GEXF mapped back to the graph.json contract);
 * - paper files (every format the readers take, PAPER_FORMATS) go through the CLI's own pipeline in a
 *   web worker (pipeline.worker.ts: read -> extract -> build -> clusters -> ForceAtlas2), with progress,
 *   and every rejected record listed with its file, line and reason.
 * Files are read in the page (decodeBytes: UTF-8, or UTF-16 with its BOM); nothing is uploaded anywhere.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { decodeBytes } from '../../extract/readers/decode.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { knowledgeGraphFromGexf } from '../../src/export/gexf-import.ts';
import type { KnowledgeGraph, ReadWarning, Reject } from '../../src/model.ts';
import { h } from '../panels/dom.ts';
import { EMPTY_FILTERS } from '../state.ts';
import { ACCEPT, classifyInput, graphNameFromFile, PAPER_FORMATS } from './detect-input.ts';
import type { PipelineMessage, PipelineRequest } from './pipeline-protocol.ts';
import { embeddedWorkerCode } from './offline-boot.ts';
import pipelineWorkerUrl from './pipeline.worker.ts?worker&url';
import { button, type AppContext } from './ui.ts';
import './features.css';

/**
 * A GEXF that is not well-formed XML: the browser's parser gives a document holding its error, which graphology-gexf
 * read as a graph with no node ("holds no node" for a truncated download). Say where the XML breaks instead.
 */
function checkWellFormed(file: string, text: string): void {
  const error = new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')[0];
  if (!error) return;
  const where = /line (\d+) at column (\d+): ([^\n]*)/.exec(error.textContent ?? '');
  throw new Error(where ? `${file}:${where[1]}: not well-formed XML (column ${where[2]}: ${where[3].trim()})` : `${file}: not well-formed XML`);
}

const STAGE_LABEL: Record<string, string> = {
  read: 'Reading records',
  extract: 'Extracting methods, datasets, models',
  build: 'Building the graph',
  clusters: 'Finding clusters',
  layout: 'Laying out (ForceAtlas2)',
  export: 'Finishing',
};

/** The built pipeline worker's address (to embed it in an offline copy). */
export const PIPELINE_WORKER_URL: string = pipelineWorkerUrl;

/** The pipeline worker: the built file, or, in an offline copy exported with the reader, its embedded code. */
export function createPipelineWorker(): Worker {
  const code = embeddedWorkerCode();
  // A classic worker: Chromium refuses module workers from a Blob URL made by a file:// (opaque-origin)
  // page; the built worker is one file without import/export, so it runs as a classic script too.
  if (code) return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { type: 'classic', name: 'paperweave-pipeline' });
  return new Worker(pipelineWorkerUrl, { type: 'module', name: 'paperweave-pipeline' });
}

export interface OpenFileHandle {
  /** Open these files as if picked or dropped (used by tests and other features). */
  openFiles(files: File[]): Promise<void>;
}

function graphName(files: string[]): string {
  const stem = (f: string) => f.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return files.length === 1 ? stem(files[0]!) : `${stem(files[0]!)} + ${files.length - 1} more`;
}

export function mount(ctx: AppContext): OpenFileHandle {
  const input = h('input', { type: 'file', multiple: true, accept: ACCEPT, 'data-testid': 'file-input', class: 'pw-visually-hidden' });
  const label = h('label', { class: 'pw-btn', title: `Open papers (${PAPER_FORMATS}) or a graph (graph.json, GEXF). Or drop files on the page.` }, 'Open file', input);
  ctx.registerToolbarItem(label);

  // Status panel: progress, summary, rejects.
  const title = h('strong', { class: 'pw-open-title' });
  const progress = h('progress', { max: 1, value: 0, 'data-testid': 'open-progress' });
  const stage = h('div', { class: 'pw-open-stage', 'data-testid': 'open-stage' });
  const rejectsList = h('ol', { class: 'pw-rejects', 'data-testid': 'rejects' });
  const warningsBox = h('details', { class: 'pw-warnings', 'data-testid': 'read-warnings', hidden: true });
  const rejectsHead = h('div', { class: 'pw-rejects-head' });
  const closeBtn = button('×', { 'aria-label': 'Close', class: 'pw-btn pw-close' });
  const panel = h('section', { class: 'pw-open-panel', 'data-testid': 'open-status', role: 'status', 'aria-live': 'polite', hidden: true },
    h('header', {}, title, closeBtn), progress, stage, rejectsHead, rejectsList, warningsBox);
  document.body.appendChild(panel);
  closeBtn.addEventListener('click', () => (panel.hidden = true));

  const overlay = h('div', { class: 'pw-drop-overlay', hidden: true }, `Drop papers (${PAPER_FORMATS}) or a graph (graph.json, GEXF): they are read in this page, never uploaded.`);
  document.body.appendChild(overlay);

  let worker: Worker | null = null;
  let generation = 0;

  function show(t: string, kind: 'busy' | 'ok' | 'error'): void {
    panel.hidden = false;
    panel.dataset.state = kind;
    title.textContent = t;
    progress.hidden = kind !== 'busy';
  }

  function listWarnings(warnings: ReadWarning[]): void {
    warningsBox.hidden = warnings.length === 0;
    warningsBox.replaceChildren(
      h('summary', {}, `${warnings.length} warning(s)`),
      h('ul', {}, ...warnings.slice(0, 200).map((w) => h('li', {}, h('code', {}, w.line !== undefined ? `${w.file}:${w.line}` : w.file), ' ', w.message))),
    );
  }

  function listRejects(rejects: Reject[]): void {
    rejectsList.replaceChildren(
      ...rejects.slice(0, 500).map((r) =>
        h('li', { 'data-file': r.file, 'data-line': r.line }, h('code', {}, `${r.file}:${r.line}`), ' ', r.reason)),
    );
    rejectsHead.textContent = rejects.length
      ? `${rejects.length} record(s) could not be read${rejects.length > 500 ? ' (first 500 listed)' : ''}:`
      : '';
  }

  function showGraph(graph: KnowledgeGraph, name: string): void {
    // setGraph starts the new graph from a clean view anyway; clearing selection and filters first keeps
    // the reducers from looking the old graph's edges up in the new one while sigma switches graphs.
    ctx.setState({ ...ctx.state, selected: [], selectedEdge: null, hovered: null, hoveredEdge: null, filters: { ...EMPTY_FILTERS, hiddenKinds: [] } }, 'none');
    ctx.setGraph(graph, { name });
  }

  function runWorker(inputs: { file: string; text: string }[], gen: number): Promise<Extract<PipelineMessage, { type: 'done' }>> {
    worker?.terminate();
    let w: Worker;
    try {
      w = createPipelineWorker();
    } catch (err) {
      return Promise.reject(new Error(`the paper reader could not start (${(err as Error).message}). In an offline copy, paper files open only when it was exported with the paper reader; graph.json and GEXF always open.`));
    }
    worker = w;
    return new Promise((resolve, reject) => {
      w.addEventListener('message', (ev: MessageEvent<PipelineMessage>) => {
        if (gen !== generation) return;
        const m = ev.data;
        if (m.type === 'progress') {
          stage.textContent = `${STAGE_LABEL[m.stage] ?? m.stage}${m.total > 1 ? ` ${m.done} / ${m.total}` : ''}`;
          const i = ['read', 'extract', 'build', 'clusters', 'layout', 'export'].indexOf(m.stage);
          progress.value = Math.max(0, i + (m.total ? m.done / m.total : 0)) / 6;
        } else if (m.type === 'done') {
          resolve(m);
        } else {
          reject(new Error(m.message));
        }
      });
      w.addEventListener('error', (ev) => reject(new Error(ev.message || 'the paper reader could not start. In an offline copy, paper files open only when it was exported with the paper reader; graph.json and GEXF always open.')));
      // No year: like the CLI, the readers infer one for dates that give none (HF page 'May 14').
      const req: PipelineRequest = { type: 'run', inputs, name: graphNameFromFile(inputs[0]!.file) };
      w.postMessage(req);
    }).finally(() => {
      if (worker === w) {
        w.terminate();
        worker = null;
      }
    }) as Promise<Extract<PipelineMessage, { type: 'done' }>>;
  }

  async function openFiles(files: File[]): Promise<void> {
    if (!files.length) return;
    const gen = ++generation;
    listRejects([]);
    listWarnings([]);
    stage.textContent = '';
    show(`Reading ${files.length === 1 ? files[0]!.name : `${files.length} files`}…`, 'busy');
    progress.value = 0;
    try {
      // (as the CLI decodes them: a file that is not UTF-8 is refused with its line, not read with its accents lost)
      const texts = await Promise.all(files.map(async (f) => ({ file: f.name, text: decodeBytes(new Uint8Array(await f.arrayBuffer()), f.name) })));
      const graphs = texts.filter((t) => classifyInput(t.file, t.text) !== 'papers');
      const papers = texts.filter((t) => classifyInput(t.file, t.text) === 'papers');
      if (graphs.length) {
        const g = graphs[0]!;
        const isGexf = classifyInput(g.file, g.text) === 'gexf';
        if (isGexf) checkWellFormed(g.file, g.text);
        const graph = isGexf ? knowledgeGraphFromGexf(parseGexf(Graph, g.text), graphName([g.file])) : loadGraphJSON(g.text);
        if (gen !== generation) return;
        if (graph.order === 0) throw new Error(`${g.file}: the graph has no node.`);
        // A graph.json carries its name ('paperweave build --out graphs/my-field' writes my-field/graph.json), which
        // its exports take: the title said "graph", after the file every build writes, above my-field-view.gexf.
        const own = graph.getAttribute('name');
        showGraph(graph, typeof own === 'string' && own.trim() ? own : graphName([g.file]));
        const ignored = texts.filter((t) => t !== g).map((t) => t.file);
        show(`Opened ${g.file}: ${graph.order} node${graph.order === 1 ? '' : 's'}, ${graph.size} edge${graph.size === 1 ? '' : 's'}.${ignored.length ? ` Not opened (one graph at a time; open paper files on their own): ${ignored.join(', ')}.` : ''}`, 'ok');
        return;
      }
      const done = await runWorker(papers, gen);
      if (gen !== generation) return;
      listRejects(done.rejects);
      listWarnings(done.warnings);
      stage.textContent = '';
      if (done.papers === 0) {
        show(`No paper could be read from ${papers.map((p) => p.file).join(', ')}. Each record needs a title and an abstract; see the reasons below.`, 'error');
        return;
      }
      const graph = loadGraphJSON(done.graphJson);
      stage.textContent = '';
      showGraph(graph, graphName(papers.map((p) => p.file)));
      // As `paperweave build` says it: records in, rejected and merged (the same paper in two records or files was
      // merged without a word, and one paper was "1 papers").
      const merged = done.recordsIn - done.papers - done.rejects.length;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      show(`Built from ${papers.map((p) => p.file).join(', ')}: ${plural(done.papers, 'paper')} from ${plural(done.recordsIn, 'record')}`
        + `${done.rejects.length ? `, ${done.rejects.length} rejected` : ''}${merged > 0 ? `, ${merged} merged (the same paper twice)` : ''}; `
        + `${plural(graph.order, 'node')}, ${plural(graph.size, 'edge')} (${(done.ms / 1000).toFixed(1)} s).`, 'ok');
    } catch (err) {
      if (gen !== generation) return;
      // The stage line would still read "Reading records" under the error; and a reader's message names its
      // file already ("empty.jsonl: empty file; ..."), which read "Could not open empty.jsonl: empty.jsonl: ...".
      stage.textContent = '';
      const message = (err as Error).message;
      const names = files.map((f) => f.name);
      show(names.some((n) => message.startsWith(`${n}:`)) ? `Could not open ${message}` : `Could not open ${names.join(', ')}: ${message}`, 'error');
    }
  }

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void openFiles(files);
  });

  // Drag and drop anywhere on the page.
  let depth = 0;
  const hasFiles = (ev: DragEvent) => [...(ev.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (ev) => {
    if (!hasFiles(ev)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', (ev) => {
    if (!hasFiles(ev)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth = 0;
    overlay.hidden = true;
    void openFiles([...(ev.dataTransfer?.files ?? [])]);
  });

  return { openFiles };
}
