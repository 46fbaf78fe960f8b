/** `paperweave export --format F GRAPH.json [--out FILE] [--size-by S]`: convert a built graph.json to another format. */
import { dirname, join, resolve } from 'node:path';
import type { Command } from '../main.ts';
import { InputError, UsageError, displayName, writeAtomic, type Io } from '../io.ts';
import { parseCommandArgs, sizeByOption } from '../args.ts';
import { COAUTHOR_FORMATS, EXPORT_FORMATS, renderCoauthorFormat, renderFormat, type CoauthorFormat, type ExportFormat, type OutputFile } from '../../export/index.ts';
import { NoAuthorsError } from '../../analysis/coauthors.ts';
import { SIZE_BY } from '../../model.ts';
import { readGraphInput } from './graph-file.ts';

const FORMATS: readonly string[] = [...EXPORT_FORMATS, ...COAUTHOR_FORMATS];

const HELP = `Usage: paperweave export --format ${FORMATS.join('|')} GRAPH.json [--out FILE] [--size-by ${SIZE_BY.join('|')}]

Convert a graph.json written by 'paperweave build' to another format ('-' reads it from standard input).
  gexf      GEXF 1.3 with viz position, colour, size and typed attributes (Gephi)
  graphml   GraphML with typed keys (networkx, yEd, Gephi)
  csv       nodes.csv and edges.csv (one header row, every field quoted; edges carry the evidence)
  json      graph.json again, validated and normalised
  vosviewer a VOSviewer JSON file (VOSviewer Online): the nodes, links, positions and
            labelled clusters, what a click shows; --size-by does not apply (VOSviewer sizes by
            the weights it is given: links, total link strength, papers)
  vosviewer-map
            vosviewer-map.txt and vosviewer-network.txt, the map and network files the
            desktop VOSviewer reads (Create map, based on network data): the same items,
            positions, clusters, weights and links
  coauthors-gexf
            coauthors.gexf: the co-authorship network (VOSviewer's co-authorship analysis):
            an author a node (spellings merged as the viewer merges them), a link between
            two who signed a paper together, weighted by the papers they signed together
            (a paper of more than 25 authors links none, as in VOSviewer);
            each author's papers, first and last year and top method; laid out, clustered,
            sized by papers (--size-by does not apply)
  coauthors-vosviewer
            coauthors-vosviewer-map.txt and coauthors-vosviewer-network.txt: the same
            network as the desktop VOSviewer's map and network files
            (both fail, exit 2, on a graph whose papers name no authors)

Options:
  --format F      the target format (required)
  --out FILE      where to write; '-' or none writes to standard output.
                  For csv, vosviewer-map and coauthors-vosviewer, --out names a directory (default: the directory of GRAPH.json;
                  the current directory for '-').
  --size-by S     what node sizes show, as the viewer's "size by": links (the degree, the
                  build's sizes), papers (the papers tagging an entity) or pagerank. GEXF's
                  viz:size, GraphML's and nodes.csv's size are the sizes the viewer draws so
                  (the same numbers as its own exports); graph.json records the choice
                  (sizeBy), which the viewer opens it with. Default: the choice GRAPH.json
                  records (a viewer's export does), else links.
  -h, --help      this help
`;

export const command: Command = {
  summary: 'convert graph.json to GEXF, GraphML, CSV, JSON or VOSviewer; or write its co-authorship network',
  help: HELP,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      'size-by': { type: 'string' },
    });
    const format = values.format;
    if (!format) throw new UsageError(`--format is required (${FORMATS.join(', ')})`);
    if (!FORMATS.includes(format)) throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got '${format}'`);
    const sizeBy = sizeByOption(values['size-by']);
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'expects one GRAPH.json' : 'missing GRAPH.json');
    const graph = await readGraphInput(positionals[0], io);
    let files: OutputFile[];
    let counts = `${graph.order} nodes, ${graph.size} edges`;
    if ((COAUTHOR_FORMATS as readonly string[]).includes(format)) {
      try {
        const r = renderCoauthorFormat(graph, format as CoauthorFormat);
        files = r.files;
        counts = `${r.authors} authors, ${r.links} co-authorship links`;
      } catch (err) {
        if (err instanceof NoAuthorsError) throw new InputError(`${positionals[0] === '-' ? '<stdin>' : displayName(resolve(positionals[0]))}: ${err.message}`);
        throw err;
      }
    } else files = renderFormat(graph, format as ExportFormat, { sizeBy });
    if (files.length > 1) {
      // (csv, vosviewer-map and coauthors-vosviewer: two files, into a directory)
      const dir = values.out && values.out !== '-' ? values.out : dirname(positionals[0]);
      for (const f of files) writeAtomic(join(dir, f.name), f.content);
      io.stderr.write(`wrote ${files.map((f) => displayName(join(dir, f.name))).join(', ')} (${counts})\n`);
      return 0;
    }
    const [file] = files;
    if (!values.out || values.out === '-') {
      io.stdout.write(file.content);
      return 0;
    }
    writeAtomic(values.out, file.content);
    io.stderr.write(`wrote ${displayName(values.out)} (${counts})\n`);
    return 0;
  },
};
