import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraphJSON } from '../../src/export/json.ts';
import type { KnowledgeGraph } from '../../src/model.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'web');

/** The viewer's small fixture graph (test/fixtures/web/graph.json), freshly loaded. */
export function fixtureGraph(): KnowledgeGraph {
  return loadGraphJSON(readFileSync(join(FIXTURE_DIR, 'graph.json'), 'utf8'));
}
