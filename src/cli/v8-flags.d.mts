/** Types of v8-flags.mjs (plain JavaScript: the CLI shim loads it before any TypeScript). */
export declare const V8_FLAGS: string[];
