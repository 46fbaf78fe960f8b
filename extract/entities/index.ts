/**
 * The entity extractor's public API.
 *
 *   createExtractor(opts?) -> (paper) => PaperEntities   build once (compiles the lexicon and cues)
 *   extractEntities(paper)                              with the default extractor, built lazily
 *
 * Confidences are calibrated (calibration.ts, calibration.json); `calibration: null` gives the rules' raw
 * scores, which `npm run calibrate` fits the table on.
 */
import type { Paper, PaperEntities } from '../../src/model.ts';
import datasets from '../lexicon/datasets.json' with { type: 'json' };
import facets from '../lexicon/facets.json' with { type: 'json' };
import generic from '../lexicon/generic.json' with { type: 'json' };
import methods from '../lexicon/methods.json' with { type: 'json' };
import models from '../lexicon/models.json' with { type: 'json' };
import calibrationData from './calibration.json' with { type: 'json' };
import { calibrateEntities, type CalibrationTable } from './calibration.ts';
import { compile, extractWith, type FacetData } from './extractor.ts';
import { clearPhraseVerdicts } from './nlp.ts';
import { forgetNormKeys } from './phrase-index.ts';
import type { Lexicon } from './types.ts';

export type { Lexicon, GoldRecord, GoldEntity, DatasetEntry, MethodEntry, ModelEntry, GenericEntry } from './types.ts';
export type { FacetData } from './extractor.ts';
export type { CalibrationTable } from './calibration.ts';

/** The bundled lexicon (extract/lexicon/*.json). */
export const defaultLexicon: Lexicon = {
  datasets: datasets as Lexicon['datasets'],
  methods: methods as Lexicon['methods'],
  models: models as Lexicon['models'],
  generic: generic as Lexicon['generic'],
};

/** The bundled facet cues and stop lists (extract/lexicon/facets.json). */
export const defaultFacets: FacetData = facets as FacetData;

/** The bundled confidence calibration (extract/entities/calibration.json, fitted by `npm run calibrate`). */
export const defaultCalibration: CalibrationTable = calibrationData as unknown as CalibrationTable;

export function createExtractor(opts: { lexicon?: Lexicon; facets?: FacetData; calibration?: CalibrationTable | null } = {}): (paper: Paper) => PaperEntities {
  const compiled = compile({ lexicon: opts.lexicon ?? defaultLexicon, facets: opts.facets ?? defaultFacets });
  const table = opts.calibration === undefined ? defaultCalibration : opts.calibration;
  return table ? (paper: Paper) => calibrateEntities(extractWith(compiled, paper), table) : (paper: Paper) => extractWith(compiled, paper);
}

let defaultCompiled: ReturnType<typeof compile> | undefined;

/** Extract with the bundled lexicon; the extractor is built on first use. */
export function extractEntities(paper: Paper): PaperEntities {
  defaultCompiled ??= compile({ lexicon: defaultLexicon, facets: defaultFacets });
  return calibrateEntities(extractWith(defaultCompiled, paper), defaultCalibration);
}

/**
 * Forget what the memo tables have learnt of the words and phrases seen so far (the bundled extractor's
 * word table, cue candidates and lexicon steps, normalised names, and compromise's phrase verdicts), keeping the compiled
 * lexicon. Output never depends on them; the CLI's
 * start-up snapshot calls this so that its warm-up papers leave no head start for a run's own words.
 */
export function clearMemos(): void {
  if (defaultCompiled) {
    defaultCompiled.words.clear();
    defaultCompiled.cues.forgetWords();
    defaultCompiled.lex.forgetSteps();
  }
  clearPhraseVerdicts();
  forgetNormKeys();
}
