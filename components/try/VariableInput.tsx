'use client';

import type { LiveVariable } from '@/lib/live/document/liveView';

/** One server variable or channel parameter: a list when the document enumerates its values, else a text field. */
export function VariableInput({ variable, value, onChange, testId, owner }: { variable: LiveVariable; value: string | undefined; onChange: (value: string) => void; testId: string; owner?: string }) {
  const listId = `${testId}-${owner ?? ''}-${variable.name}-examples`;
  return (
    <label className="try-field" title={variable.description}>
      <span className="try-field-name">
        {variable.name}
        {owner ? <span className="try-field-owner"> · {owner}</span> : null}
      </span>
      {variable.enum && variable.enum.length > 0 ? (
        // A channel parameter may be left open ("any"): receiving then subscribes with the protocol's wildcard.
        <select data-testid={testId} data-name={variable.name} data-channel={owner} value={value || variable.defaultValue || (owner ? '' : variable.enum[0])} onChange={(e) => onChange(e.target.value)}>
          {owner && variable.defaultValue === undefined && <option value="">any (wildcard; sending needs a value)</option>}
          {variable.enum.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input
            data-testid={testId}
            data-name={variable.name}
            data-channel={owner}
            value={value ?? ''}
            placeholder={variable.defaultValue ?? (owner ? 'empty: any value (wildcard) to receive' : 'required')}
            list={variable.examples?.length ? listId : undefined}
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
          />
          {variable.examples?.length ? (
            <datalist id={listId}>
              {variable.examples.map((example) => (
                <option key={example} value={example} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </label>
  );
}
