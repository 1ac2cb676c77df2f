import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zipFiles';

describe('zipFiles', () => {
  it('puts each file at its path below one folder', () => {
    const zip = zipFiles([{ path: 'src/models/A.ts', modelName: 'A', content: 'interface A {}' }, { path: 'Cargo.toml', content: '[package]' }], 'api-typescript');
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['api-typescript/Cargo.toml', 'api-typescript/src/models/A.ts']);
    expect(strFromU8(entries['api-typescript/src/models/A.ts']!)).toBe('interface A {}');
  });
});
