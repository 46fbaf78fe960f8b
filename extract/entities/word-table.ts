/**
 * The words an extractor has met, each given a small integer id, with what the passes need to know of it kept in
 * typed arrays by id (the one-scan design's first step: one probe of an open-addressed table of ids per token, in
 * place of a Map keyed by hash whose entries and chained records lie all over the heap). Ids are dense (0, 1, 2 …),
 * so a word's facts are read from arrays a paper's tokens index directly. Output never depends on what the table
 * holds: when full it starts afresh.
 */
import type { CueCandidates } from './cues.ts';

/** Words kept at most (then the table starts afresh). */
const MAX_WORDS = 100_000;

export class WordTable {
  /** Open-addressed slots: id + 1 of the word whose hash probes here, 0 when empty. */
  private slots: Int32Array;
  private mask: number;
  /** Per id: the (lower-case) word, its hash (as `tokenize` gives it). */
  private words: string[] = [];
  private hashes: Int32Array;
  /** Per id: wordFlags, wordGates of the word. */
  flags: Int32Array;
  gates: Int32Array;
  /** Per id: 1 when a lexicon name may start with the word; 2 when a model family's name may (see `learn`). */
  bits: Uint8Array;
  /** Per id: the cues that may start at the word; the title's own cues (facets.json titleDomains). */
  cues: (CueCandidates | null)[] = [];
  titleCues: (CueCandidates | null)[] = [];
  count = 0;

  constructor(private readonly learn: (table: WordTable, id: number, word: string) => void, capacity = 1 << 12) {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.hashes = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.gates = new Int32Array(capacity);
    this.bits = new Uint8Array(capacity);
  }

  /** Forget every word (ids start again at 0). */
  clear(): void {
    this.slots.fill(0);
    this.words.length = 0;
    this.cues.length = 0;
    this.titleCues.length = 0;
    this.count = 0;
  }

  /** The id of word `w` (lower case) whose hash is `h`, learnt at first sight. */
  id(w: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let at = h & mask;
    for (let v = slots[at]; v !== 0; v = slots[at]) {
      const id = v - 1;
      if (this.hashes[id] === h && this.words[id] === w) return id;
      at = (at + 1) & mask;
    }
    if (this.count >= MAX_WORDS) {
      this.clear();
      return this.id(w, h);
    }
    if (this.count === this.hashes.length) {
      this.grow();
      return this.id(w, h);
    }
    const id = this.count++;
    slots[at] = id + 1;
    this.words.push(w);
    this.hashes[id] = h;
    this.learn(this, id, w);
    return id;
  }

  private grow(): void {
    const cap = this.hashes.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.hashes = grown(this.hashes, (n) => new Int32Array(n));
    this.flags = grown(this.flags, (n) => new Int32Array(n));
    this.gates = grown(this.gates, (n) => new Int32Array(n));
    this.bits = grown(this.bits, (n) => new Uint8Array(n));
    this.slots = new Int32Array(cap * 2);
    this.mask = cap * 2 - 1;
    for (let id = 0; id < this.count; id++) {
      let at = this.hashes[id] & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.slots[at] = id + 1;
    }
  }
}
