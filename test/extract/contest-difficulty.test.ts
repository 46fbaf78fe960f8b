/**
 * The contest rule (extract/entities/patterns.ts contestSources): a challenge in lower case, with no edition and no
 * entry in the sentence, is a difficulty, not data ("the COVID-19 challenge"); contests stay.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../extract/entities/index.ts';
import type { Paper } from '../../src/model.ts';

const paper = (abstract: string): Paper => ({ id: 'p', title: 'Zorb: notes on things', abstract, urls: [], source: { file: 'test', line: 1 } });
const datasets = (text: string) => extractEntities(paper(text)).datasets.map((d) => d.name);

describe('contest names: a difficulty called a challenge is no data', () => {
  it.each([
    ['We address the COVID-19 challenge with a new screening model.', 'COVID-19'],
    ['Federated learning faces the non-IID challenge when clients differ.', 'IID'],
    ['Handling 5G traffic is a major SDN challenge today.', 'SDN'],
    ['Our model addresses the GDPR challenge of data minimisation.', 'GDPR'],
  ])('%s', (text, name) => expect(datasets(text)).not.toContain(name));
  it.each([
    ['We took part in the DCASE 2023 Challenge and the NTIRE 2024 challenge.', 'NTIRE 2024'],
    ['Our entry ranked second in the QUUXSEG challenge.', 'QUUXSEG'],
    ['This paper presents our submission to the QUUXHAZ competition, where our pipeline ranks third.', 'QUUXHAZ'],
  ])('%s', (text, name) => expect(datasets(text)).toContain(name));
});
