import { formatPointer } from '@/lib/jsonPointer/jsonPointer';

/** Local $ref targets a document offers: every component, channel and its messages, written as JSON pointers. */
export function localRefTargets(text: string): string[] {
  const lines = text.split('\n');
  const targets: string[][] = [];
  // Keys at indents 0, 2, 4 and 6, from block YAML: enough for components/<kind>/<name> and channels/<c>/messages/<m>.
  const stack: string[] = [];
  for (const line of lines) {
    const match = /^( *)("[^"]+"|'[^']+'|[^\s#:'"-][^:#]*?)\s*:(\s|$)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    if (!Number.isInteger(depth) || depth > 3) continue;
    stack.length = depth;
    stack.push(match[2]!.replace(/^["']|["']$/g, ''));
    const [top, , third] = stack;
    const isTarget = top === 'components' ? stack.length === 3 : top === 'channels' && (stack.length === 2 || (stack.length === 4 && third === 'messages'));
    if (isTarget) targets.push([...stack]);
  }
  // Keys are escaped one by one: a 2.x channel is keyed by its address (`user/signedup` → `user~1signedup`).
  return targets.map((path) => `#${formatPointer(path)}`);
}
