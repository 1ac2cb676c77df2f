import type { RegExpEngine, RegExpLike } from 'ajv/dist/types';
import { RE2JS } from 're2js';
import { messageOf } from '@/lib/errors/messageOf';

/**
 * Ajv's `code.regExp` engine for patterns that come from documents (`pattern`, `patternProperties`):
 * RE2JS, which matches in time linear in the input, so `^(a+)+$` against `"aaaa…!"` cannot hang a worker
 * as JavaScript's backtracking RegExp does. RE2 has no lookahead and no backreferences (they are what needs
 * backtracking): such a pattern is refused when the schema is compiled, with a message that says why.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string): RegExpLike => {
    let compiled: RE2JS;
    try {
      compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch (error) {
      throw new Error(
        `the pattern ${JSON.stringify(pattern)} cannot be checked safely (${messageOf(error).replace(/\.$/, '')}): ` +
          'the studio runs patterns from documents with a linear-time engine, which has no lookahead or backreferences',
      );
    }
    return { test: (text: string) => compiled.test(text) };
  },
  // Ajv names the engine in code it generates for standalone validators (not used here).
  { code: 'linearRegExp' },
);
