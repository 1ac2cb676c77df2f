/** Local $ref targets a document offers: every component, channel and its messages, written as JSON pointers. */
export function localRefTargets(text: string): string[] {
  const lines = text.split('\n');
  const targets: string[] = [];
  // Keys at indents 0, 2, 4 and 6, from block YAML: enough for components/<kind>/<name> and channels/<c>/messages/<m>.
  const stack: string[] = [];
  for (const line of lines) {
    const match = /^( *)("[^"]+"|'[^']+'|[^\s#:'"-][^:#]*?)\s*:(\s|$)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    if (!Number.isInteger(depth) || depth > 3) continue;
    stack.length = depth;
    stack.push(match[2]!.replace(/^["']|["']$/g, ''));
    const [top, second, third, fourth] = stack;
    if (top === 'components' && stack.length === 3) targets.push(`#/components/${second}/${third}`);
    if (top === 'channels' && stack.length === 2) targets.push(`#/channels/${second}`);
    if (top === 'channels' && third === 'messages' && stack.length === 4) targets.push(`#/channels/${second}/messages/${fourth}`);
  }
  return targets.map((t) => t.replace(/~/g, '~0'));
}
