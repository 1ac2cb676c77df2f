import type { Diagnostic } from './diagnostic';
import { lineRange, sortDiagnostics } from './diagnostic';
import { placePath } from './pathLines';
import { StructureChecker } from './structureCheck';
import type { SchemaLoader } from './structureSchemas';
import type { SyntaxCheck } from './syntaxCheck';

/** The code the parser gives a schema error of the resolved document; the fast pass's rows use it too. */
export const STRUCTURE_CODE = 'asyncapi-document-resolved';

/**
 * The syntax lane's second step, on the value the syntax check already loaded (no second parse): schema errors
 * as diagnostics, placed by indentation. Until the version's validator is compiled it answers nothing and starts
 * compiling, so the first check of a session is never held up by it.
 */
export function createStructurePass(load: SchemaLoader): (text: string, syntax: SyntaxCheck) => Diagnostic[] {
  const checker = new StructureChecker(load);
  return (text, syntax) => {
    if (!syntax.ok || !StructureChecker.covers(syntax.specVersion)) return [];
    const problems = checker.check(syntax.value, syntax.specVersion);
    if (!problems) {
      // A failed load or compile leaves the pass off for that version: the parser still gives the full verdict.
      checker.prepare(syntax.specVersion).catch(() => undefined);
      return [];
    }
    const diagnostics = problems.map((problem): Diagnostic => ({
      severity: 'error',
      code: STRUCTURE_CODE,
      message: problem.message,
      path: problem.path,
      range: placePath(text, problem.path)?.range ?? lineRange(1, text),
    }));
    return sortDiagnostics(diagnostics);
  };
}
