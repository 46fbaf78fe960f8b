// V8 flags for the CLI's processes (the shim sets them on itself and passes them to the snapshot's).
//
// V8 tiers a function up to optimised code after ~66 KB of its bytecode has run: tuned for long-lived
// pages, it makes a 1-2 s batch run compile many functions whose optimised code is used briefly, and on
// one core that compiling takes the main thread's time. At 2 MB only the truly hot functions are
// optimised: 'paperweave extract' on 5,000 abstracts pinned to one core goes from ~3 s to ~1.6 s (two
// cores: ~1.6 s to ~1.45 s on the same machine state), with the same output.
export const V8_FLAGS = ['--interrupt-budget=2162688'];
