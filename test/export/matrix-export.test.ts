import { describe, expect, it } from 'vitest';
import { methodDatasetMatrix, resortMatrix, type MethodDatasetMatrix } from '../../src/analysis/matrix.ts';
import { csvField, latexEscape, matrixEvidenceToCsv, matrixToCsv, matrixToLatex } from '../../src/export/matrix.ts';
import { goldGraph } from '../helpers/gold-graph.ts';

/** A minimal RFC 4180 parser, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

const graph = goldGraph();
const matrix = resortMatrix(methodDatasetMatrix(graph), 'name', 'count');

describe('matrix CSV', () => {
  it('is a grid: header of datasets, one row a method, paper counts where evaluated', () => {
    const rows = parseCsv(matrixToCsv(matrix));
    expect(rows[0]![0]).toBe('method');
    expect(rows[0]!.slice(1, 3)).toEqual(['MVTec AD', 'VisA']);
    expect(rows).toHaveLength(matrix.rows.length + 1);
    const filo = rows.find((r) => r[0] === 'FiLo')!;
    expect(filo[1]).toBe('1');
    expect(filo[2]).toBe('1');
    const themis = rows.find((r) => r[0] === 'THEMIS')!;
    expect(themis[1]).toBe('');
  });

  it('carries the evidence sentences in the long form, quotes and commas intact', () => {
    const rows = parseCsv(matrixEvidenceToCsv(matrix));
    expect(rows[0]).toEqual(['method', 'dataset', 'paper', 'title', 'year', 'relation', 'evidence', 'results']);
    const visa = rows.filter((r) => r[0] === 'FiLo' && r[1] === 'VisA');
    expect(visa.map((r) => r[5])).toEqual(['proposes', 'evaluates-on']);
    expect(visa[1]![6]).toMatch(/MVTec and VisA/);
    expect(visa[1]![6]).toContain(',');
    // the scores FiLo's abstract reports on VisA, on the dataset sentence's line
    expect(visa.map((r) => r[7])).toEqual(['', 'AUROC 83.9%; pixel-AUROC 95.9%']);
  });

  it('escapes fields and neutralises formula injection', () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(3)).toBe('3');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('-0.5')).toBe('-0.5');
    for (const s of ['+1+cmd', '-1+2', '@SUM(1)', '\tx', '\r=1']) expect(csvField(s).replace(/^"/, '')).toMatch(/^'/);
  });

  it("neutralises a method's name and an evidence sentence that start like a formula, in both CSVs", () => {
    const g = graph.copy();
    const row = matrix.rows.find((r) => r.label === 'FiLo')!;
    g.setNodeAttribute(row.key, 'label', '@SUM(1+1)');
    g.forEachEdge((edge, a, _s, t) => {
      if (a.relation === 'evaluates-on' && t === matrix.columns[1]!.key) g.setEdgeAttribute(edge, 'evidence', '=HYPERLINK("http://x","y")');
    });
    const m = methodDatasetMatrix(g);
    const grid = parseCsv(matrixToCsv(m));
    expect(grid.some((r) => r[0] === "'@SUM(1+1)")).toBe(true);
    const long = parseCsv(matrixEvidenceToCsv(m));
    expect(long.some((r) => r[6] === `'=HYPERLINK("http://x","y")`)).toBe(true);
    for (const r of [...grid, ...long]) for (const cell of r) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
  });
});

describe('matrix LaTeX', () => {
  it('escapes every LaTeX special', () => {
    expect(latexEscape('A&B 10% $x$ #1 a_b {c} ~ ^ \\')).toBe(
      'A\\&B 10\\% \\$x\\$ \\#1 a\\_b \\{c\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('writes a booktabs table with one row a method and a check where evaluated', () => {
    const tex = matrixToLatex(matrix, { caption: 'Methods & datasets', label: 'tab:md' });
    expect(tex).toMatch(/\\usepackage\{booktabs\}/);
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\midrule');
    expect(tex).toContain('\\bottomrule');
    expect(tex).toContain('\\caption{Methods \\& datasets}');
    expect(tex).toContain(`\\begin{tabular}{l${'c'.repeat(matrix.columns.length)}}`);
    const body = tex.split('\\midrule\n')[1]!.split('\\bottomrule')[0]!.trim().split('\n');
    expect(body).toHaveLength(matrix.rows.length);
    const filo = body.find((l) => l.startsWith('FiLo &'))!;
    const cells = filo.replace(/ \\\\$/, '').split(' & ');
    expect(cells).toHaveLength(matrix.columns.length + 1);
    expect(cells[1]).toBe('\\checkmark');
    expect(cells[2]).toBe('\\checkmark');
    expect(cells.filter((c) => c === '\\checkmark')).toHaveLength(2);
  });

  it('escapes hostile labels and keeps the column count', () => {
    const m: MethodDatasetMatrix = {
      rows: [{ key: 'method:x', label: 'X_1 & {evil}\\input{/etc/passwd}', count: 1 }],
      columns: [{ key: 'dataset:y', label: '100% #data', count: 1 }],
      cells: {},
    };
    m.cells['method:x\u0001dataset:y'] = { method: 'method:x', dataset: 'dataset:y', papers: ['paper:p'], evidence: [], results: [] };
    const tex = matrixToLatex(m, { mark: 'count', rotateHeaders: false });
    expect(tex).toContain('Method & 100\\% \\#data \\\\');
    expect(tex).toContain('X\\_1 \\& \\{evil\\}\\textbackslash{}input\\{/etc/passwd\\} & 1 \\\\');
    expect(tex).not.toMatch(/[^\\]\\input/);
  });
});
