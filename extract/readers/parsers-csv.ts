/** Importing this module makes the CSV parser available to the readers (see parsers.ts). */
import { parse } from 'csv-parse/browser/esm/sync';
import { provideParsers } from './parsers.ts';

provideParsers({ csv: parse });
