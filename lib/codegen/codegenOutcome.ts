/** What the code-generation worker answers: plain data, shared by the worker, its client and the panel. */

/** One generated file, placed where the language's own tools expect it. */
export interface GeneratedFile {
  path: string;
  /** The model (type) it declares; support files (Cargo.toml, lib.rs, __init__.py) have none. */
  modelName?: string;
  content: string;
}

export type CodegenOutcome =
  | { ok: true; files: GeneratedFile[]; warnings: string[]; title: string }
  | { ok: false; message: string; warnings: string[] };
