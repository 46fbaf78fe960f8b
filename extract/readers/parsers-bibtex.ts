/** Importing this module makes the BibTeX parser available to the readers (see parsers.ts). */
import { parse } from '@retorquere/bibtex-parser';
import { provideParsers } from './parsers.ts';

provideParsers({ bibtex: parse });
