// V8 flags for the CLI's processes (the shim sets them on itself and passes them to the snapshot's).
//
// V8 tiers a function up to optimised code after ~66 KB of its bytecode has run: tuned for long-lived
// pages, it makes a 1-2 s batch run compile many functions whose optimised code is used briefly, and on
// one core that compiling takes the main thread's time. At 2 MB only the truly hot functions are
// optimised: 'paperweave extract' on 5,000 abstracts pinned to one core goes from ~3 s to ~1.6 s (two
// cores: ~1.6 s to ~1.45 s on the same machine state), with the same output.
//
// The young generation starts at 1 MB a semi-space and grows as the run goes: the first 1,000 papers pay
// 35 scavenges (32 ms), 5,000 papers 69 (80 ms). Starting at 8 MB a semi-space (V8's default cap is 16 MB):
// 11 (16 ms) and 50 (66 ms), and a 5,000-paper run on one core takes ~2-4% less (1.78 -> 1.73 s, median of
// 12 alternated runs); 10 or 16 MB are no better, 6 MB less good. The snapshot is built with these flags
// too (a snapshot loads only under the flags it was built with).
export const V8_FLAGS = ['--interrupt-budget=2162688', '--min-semi-space-size=8'];
