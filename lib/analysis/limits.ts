/** Bounds that keep hostile or accidental input from exhausting the worker (see the measurements). */
export const LIMITS = {
  /** Larger texts are kept in the editor but not analysed. */
  maxAnalysedBytes: 10 * 1024 * 1024,
  /** Nodes a YAML document may expand to once aliases are followed (a billion-laughs guard). */
  maxExpandedNodes: 2_000_000,
  /** Deepest nesting analysed; real AsyncAPI documents stay far below. */
  maxDepth: 256,
  /** Share of control characters above which text is treated as binary. */
  maxControlCharRatio: 0.05,
} as const;
