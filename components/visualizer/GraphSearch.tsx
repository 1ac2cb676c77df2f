'use client';

import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { FlowNode } from '@/lib/graph/flowGraph';
import { searchNodes } from '@/lib/graph/searchNodes';

/**
 * Finds a card by name: Enter centres the best match (opening its message stack if it is folded), Enter
 * again the next one. Names are offered as the user types.
 */
export function GraphSearch({ nodes, onFind }: { nodes: ReadonlyArray<FlowNode>; onFind: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; index: number } | null>(null);
  const matches = useMemo(() => searchNodes(nodes, query), [nodes, query]);
  const names = useMemo(() => [...new Set(nodes.map((n) => n.label))].sort().slice(0, 500), [nodes]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches.length === 0) return setFound({ query, index: -1 });
    const index = found?.query === query && found.index >= 0 ? (found.index + 1) % matches.length : 0;
    setFound({ query, index });
    onFind(matches[index]!.id);
  };

  let status = '';
  if (found?.query === query) status = found.index < 0 ? 'No match' : `${found.index + 1} of ${matches.length}`;
  return (
    <form className="graph-search" role="search" onSubmit={submit}>
      <input
        type="search"
        data-testid="graph-search"
        aria-label="Find a node by name"
        placeholder="Find a node…"
        list="graph-search-names"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <datalist id="graph-search-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <span className="graph-search-status" data-testid="graph-search-status" role="status">
        {status}
      </span>
    </form>
  );
}
