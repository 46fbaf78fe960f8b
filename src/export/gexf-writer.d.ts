// graphology-gexf's writer alone (test/export/gexf-writer.test.ts holds src/export/gexf.ts's output to it): its browser endpoint also loads a parser that needs window.DOMParser at
// import time, and its node endpoint pulls in xmldom. The writer is pure and works in both.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';
  const writeGexf: typeof write;
  export default writeGexf;
}
