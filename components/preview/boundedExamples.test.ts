import { describe, expect, it } from 'vitest';
import { MessageHelpers } from '@asyncapi/react-component/lib/esm/helpers/message';
import { installBoundedExamples } from './boundedExamples';

describe('installBoundedExamples', () => {
  installBoundedExamples();

  it("makes the component's generated examples with the studio's limits: a billion-item minimum gives 100 items", () => {
    const example = MessageHelpers.generateExample({ type: 'object', properties: { samples: { type: 'array', minItems: 1e9, items: { type: 'integer' } } } }) as { samples: unknown[] };
    expect(example.samples).toHaveLength(100);
  });

  it('follows a schema that contains itself (the rebuilt model keeps cycles as object references)', () => {
    const node: Record<string, unknown> = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
    (node.properties as Record<string, unknown>).children = { type: 'array', items: node };
    expect(MessageHelpers.generateExample(node)).toEqual({ name: 'string', children: [] });
  });
});
