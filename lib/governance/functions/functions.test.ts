import { describe, expect, it } from 'vitest';
import type { FunctionContext, FunctionDefinition } from '../types';
import { CORE_FUNCTIONS } from './index';

function run(name: string, value: unknown, options: unknown = null, path: Array<string | number> = ['info', 'title'], document: unknown = {}) {
  const fn = CORE_FUNCTIONS.get(name) as FunctionDefinition;
  const context: FunctionContext = { path, document, examined: () => {} };
  return (fn.run(value, options, context) ?? []).map((result) => result.message);
}

function optionsProblem(name: string, options: unknown) {
  return CORE_FUNCTIONS.get(name)!.checkOptions(options)?.message;
}

describe("Spectral's core functions, written without code generation", () => {
  it('truthy, falsy, defined and undefined', () => {
    expect(run('truthy', 'x')).toEqual([]);
    for (const empty of [false, '', 0, null, undefined]) expect(run('truthy', empty)).toEqual(['"title" property must be truthy']);
    expect(run('truthy', undefined, null, [])).toEqual(['The document must be truthy']);
    expect(run('falsy', 0)).toEqual([]);
    expect(run('falsy', 'x')).toEqual(['"title" property must be falsy']);
    expect(run('defined', null)).toEqual([]);
    expect(run('defined', undefined)).toEqual(['"title" property must be defined']);
    expect(run('undefined', undefined)).toEqual([]);
    expect(run('undefined', 'x')).toEqual(['"title" property must be undefined']);
    expect(optionsProblem('truthy', { a: 1 })).toBe('"truthy" function does not accept any options');
  });

  it('pattern, with plain and /delimited/flags expressions', () => {
    expect(run('pattern', 'X-Header', { match: '^X-' })).toEqual([]);
    expect(run('pattern', 'x-header', { match: '^X-' })).toEqual(['"x-header" must match the pattern "^X-"']);
    expect(run('pattern', 'x-header', { match: '/^X-/i' })).toEqual([]);
    expect(run('pattern', 'a/b/', { notMatch: '/$' })).toEqual(['"a/b/" must not match the pattern "/$"']);
    expect(run('pattern', 42, { match: 'x' })).toEqual([]);
    expect(optionsProblem('pattern', {})).toContain('"pattern" function has invalid options specified');
    expect(optionsProblem('pattern', { match: '(' })).toContain('"pattern" function and its "match" option is not a valid regular expression');
    expect(optionsProblem('pattern', { matches: 'x' })).toBe('"pattern" function does not support "matches" option');
  });

  it('casing, for every type, with digits and separators', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['flat', ['verylongname', 'v2'], ['veryLong', 'Very']],
      ['camel', ['veryLongName', 'getX', 'v2Api'], ['VeryLong', 'very_long', 'very-long']],
      ['pascal', ['VeryLongName', 'Api2'], ['veryLong', 'Very_Long']],
      ['kebab', ['very-long-name', 'v2-api'], ['very--long', 'Very-long', 'very_long', '-very']],
      ['cobol', ['VERY-LONG-NAME'], ['VERY_LONG', 'very-long']],
      ['snake', ['very_long_name'], ['very-long', 'Very_long', 'very__long']],
      ['macro', ['VERY_LONG_NAME'], ['VERY-LONG', 'Very_Long']],
    ];
    for (const [type, good, bad] of cases) {
      for (const value of good) expect(run('casing', value, { type }), `${type} ${value}`).toEqual([]);
      for (const value of bad) expect(run('casing', value, { type }), `${type} ${value}`).toEqual([`must be ${type} case`]);
    }
    expect(run('casing', 'v2', { type: 'flat', disallowDigits: true })).toEqual(['must be flat case']);
    expect(run('casing', 'X-Custom-Header', { type: 'pascal', separator: { char: '-' } })).toEqual([]);
    expect(run('casing', '/users/{id}', { type: 'kebab', separator: { char: '/', allowLeading: true } })).toEqual(['must be kebab case']);
    expect(run('casing', '/users/items', { type: 'kebab', separator: { char: '/', allowLeading: true } })).toEqual([]);
    expect(run('casing', '/', { type: 'kebab', separator: { char: '/', allowLeading: true } })).toEqual([]);
    expect(run('casing', '', { type: 'camel' })).toEqual([]);
    expect(optionsProblem('casing', {})).toBe('"casing" function is missing "type" option');
    expect(optionsProblem('casing', { type: 'camel', separator: { char: '--' } })).toContain('"separator" option needs "char"');
  });

  it('length of strings, lists, objects and numbers', () => {
    expect(run('length', 'abc', { min: 2, max: 3 })).toEqual([]);
    expect(run('length', 'a', { min: 2 })).toEqual(['"title" property must be longer than 2']);
    expect(run('length', [1, 2, 3, 4], { max: 3 })).toEqual(['"title" property must be shorter than 3']);
    expect(run('length', { a: 1 }, { min: 2 })).toEqual(['"title" property must be longer than 2']);
    expect(run('length', 10, { max: 5 })).toEqual(['"title" property must be shorter than 5']);
    expect(run('length', null, { max: 5 })).toEqual([]);
    expect(optionsProblem('length', {})).toContain('"length" function has invalid options specified');
    expect(optionsProblem('length', { min: '2' })).toBe('"length" function and its "min" option accepts only a number');
  });

  it('enumeration', () => {
    expect(run('enumeration', 'kafka', { values: ['kafka', 'mqtt'] })).toEqual([]);
    expect(run('enumeration', 'amqp', { values: ['kafka', 'mqtt'] })).toEqual(['"amqp" must be equal to one of the allowed values: "kafka", "mqtt"']);
    expect(run('enumeration', { not: 'primitive' }, { values: ['kafka'] })).toEqual([]);
    expect(optionsProblem('enumeration', { values: [{}] })).toContain('"values" option supports only lists of plain values');
  });

  it('alphabetical, of lists, keys and keyed objects', () => {
    expect(run('alphabetical', ['a', 'b', 'c'])).toEqual([]);
    expect(run('alphabetical', ['b', 'a'])).toEqual(['"b" must be placed after "a"']);
    expect(run('alphabetical', { b: 1, a: 2 })).toEqual(['"b" must be placed after "a"']);
    expect(run('alphabetical', [2, 10])).toEqual([]);
    expect(run('alphabetical', [{ name: 'b' }, { name: 'a' }], { keyedBy: 'name' })).toEqual(['properties must follow the alphabetical order']);
    expect(run('alphabetical', [{ name: 'a' }, { name: 'b' }], { keyedBy: 'name' })).toEqual([]);
    expect(run('alphabetical', ['a', 'b'], { keyedBy: 'name' })).toEqual(['"title" property must be an object']);
    const fn = CORE_FUNCTIONS.get('alphabetical')!;
    expect(fn.run(['b', 'a'], null, { path: ['tags'], document: {}, examined: () => {} })).toEqual([{ message: '"b" must be placed after "a"', path: ['tags', 0] }]);
    expect(optionsProblem('alphabetical', null)).toBeUndefined();
  });

  it('xor and or', () => {
    expect(run('xor', { a: 1 }, { properties: ['a', 'b'] })).toEqual([]);
    expect(run('xor', {}, { properties: ['a', 'b'] })).toEqual(['At least one of "a" or "b" must be defined']);
    expect(run('xor', { a: 1, b: 2 }, { properties: ['a', 'b'] })).toEqual(['Just one of "a" and "b" must be defined']);
    expect(run('xor', {}, { properties: ['a', 'b', 'c', 'd', 'e'] })).toEqual(['At least one of "a" or "b" or "c" or 2 other properties must be defined']);
    expect(run('or', { a: 1, b: 2 }, { properties: ['a', 'b'] })).toEqual([]);
    expect(run('or', { c: 1 }, { properties: ['a', 'b'] })).toEqual(['At least one of "a" or "b" must be defined']);
    expect(optionsProblem('xor', { properties: ['a'] })).toContain('accepts only a list of at least 2 strings');
  });

  it('schema, against a JSON Schema given in the options, placing each error where it is', () => {
    const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string' }, port: { type: 'integer' } }, additionalProperties: false };
    const fn = CORE_FUNCTIONS.get('schema')!;
    const context: FunctionContext = { path: ['servers', 'a'], document: {}, examined: () => {} };
    expect(fn.run({ name: 'x', port: 1 }, { schema }, context)).toBeUndefined();
    expect(fn.run({ port: 'x', extra: 1 }, { schema, allErrors: true }, context)).toEqual([
      { message: '"a" property must have required property "name"', path: ['servers', 'a'] },
      { message: '"port" property type must be integer', path: ['servers', 'a', 'port'] },
      { message: 'Property "extra" is not expected to be here', path: ['servers', 'a'] },
    ]);
    expect(fn.run({ port: 'x' }, { schema }, context)).toHaveLength(1);
    expect(fn.run(undefined, { schema }, context)).toEqual([{ message: '"a" property must exist' }]);
    expect(run('schema', '2.6.0', { schema: { const: '3.0.0' } })).toEqual(['"title" property: Instance does not match "3.0.0"']);
    expect(run('schema', { a: 1 }, { schema: { type: 'object', minProperties: 2 }, dialect: 'draft2020-12' })).toHaveLength(1);
    expect(optionsProblem('schema', {})).toBe('"schema" function is missing "schema" option');
    expect(optionsProblem('schema', { schema: {}, dialect: 'draft3' })).toContain('"dialect" option accepts only the following values');
  });

  it('unreferencedReusableObject, against the $refs written in the document', () => {
    const document = { components: { schemas: { used: {}, unused: {} } }, channels: { a: { payload: { $ref: '#/components/schemas/used' } } } };
    const fn = CORE_FUNCTIONS.get('unreferencedReusableObject')!;
    const results = fn.run(document.components.schemas, { reusableObjectsLocation: '#/components/schemas' }, { path: ['components', 'schemas'], document, examined: () => {} });
    expect(results).toEqual([{ message: 'Potential orphaned reusable object has been detected', path: ['components', 'schemas', 'unused'] }]);
    expect(optionsProblem('unreferencedReusableObject', { reusableObjectsLocation: 'components' })).toContain('local JSON pointers');
  });
});
