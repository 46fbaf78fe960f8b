// graphology-gexf's writer alone: its browser endpoint also loads a parser that needs window.DOMParser at
// import time, and its node endpoint pulls in xmldom. The writer is pure and works in both.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';
  const writeGexf: typeof write;
  export default writeGexf;
}
