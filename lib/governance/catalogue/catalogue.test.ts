import { describe, expect, it } from 'vitest';
import { checkJsonPath } from '../jsonPath';
import { documentWith, govern, problemsOf } from '../testing/governanceTestKit';
import { ALL_FUNCTIONS } from './allFunctions';
import { CATALOGUE } from './index';

describe('the rule catalogue', () => {
  it('has unique ids, runnable definitions and an example for every version a rule applies to', () => {
    expect(new Set(CATALOGUE.map((rule) => rule.id)).size).toBe(CATALOGUE.length);
    for (const rule of CATALOGUE) {
      for (const given of rule.given) expect(checkJsonPath(given), `${rule.id}: ${given}`).toBeUndefined();
      for (const then of rule.then) {
        const fn = ALL_FUNCTIONS.get(then.function);
        expect(fn, `${rule.id}: ${then.function}`).toBeDefined();
        if (then.field?.startsWith('$')) expect(checkJsonPath(then.field)).toBeUndefined();
      }
      const majors = new Set(rule.formats.map((format) => format.slice(0, 4)));
      expect(new Set(rule.examples.map((example) => example.format)), rule.id).toEqual(majors);
      expect(rule.explanation.length, rule.id).toBeGreaterThan(40);
    }
  });

  for (const rule of CATALOGUE) {
    for (const example of rule.examples) {
      describe(`${rule.id} (${example.format})`, () => {
        // Rules off by default are judged as a user who turned them on.
        const settings = { [rule.id]: rule.severity };
        it('passes its good example', () => {
          const outcome = govern(documentWith(example.format, example.good), { settings });
          expect(outcome.skipped).toBeUndefined();
          expect(problemsOf(outcome, rule.id)).toEqual([]);
        });
        it('fails its bad example, at a line of the document', () => {
          const text = documentWith(example.format, example.bad);
          const problems = problemsOf(govern(text, { settings }), rule.id);
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) {
            expect(problem.source).toBe('rules');
            expect(problem.severity).toBe(rule.severity);
            expect(problem.range.startLine).toBeLessThanOrEqual(text.split('\n').length);
          }
        });
      });
    }
  }
});
