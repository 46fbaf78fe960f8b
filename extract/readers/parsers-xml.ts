/** Importing this module makes the XML parser available to the readers (see parsers.ts). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { provideParsers } from './parsers.ts';

provideParsers({ xml: { XMLParser, XMLValidator } });
