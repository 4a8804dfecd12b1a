// The hooks of `lib/harness.js`, which the runner inlines in every page before any module runs.
export const bench = globalThis.bench;
