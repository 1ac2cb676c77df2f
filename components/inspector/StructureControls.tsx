'use client';

import { useState } from 'react';
import type { FormField } from '@/lib/edit/formModel';
import { pickReferenceOps } from '@/lib/edit/fieldEdits';
import { childPointer, pointerOfRef, refTo } from '@/lib/edit/pointer';
import type { JsonValue } from '@/lib/edit/editOps';
import { useStudioStore } from '@/state/useStudio';
import { choiceLabel } from './fieldDisplay';
import { useApplyOps } from './useApplyOps';
import type { ControlProps } from './ValueControls';

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function OpenButton({ pointer, label = 'Open', testId = 'inspector-open' }: { pointer: string; label?: string; testId?: string }) {
  const store = useStudioStore();
  return (
    <button type="button" className="inspector-link" data-testid={testId} onClick={() => void store.getState().inspect({ pointer })}>
      {label}
    </button>
  );
}

/** A select among existing objects that points the field at one of them (only its `$ref` changes). */
function ReferencePicker({ id, field, readOnly, placeholder }: ControlProps & { placeholder: string }) {
  const apply = useApplyOps();
  const choices = field.kind === 'reference' || field.isReference || field.value === undefined ? field.reference.choices : [];
  const current = field.referenceTarget ?? '';
  const options = current && !choices.includes(current) ? [current, ...choices] : choices;
  return (
    <select
      id={id}
      className="inspector-input"
      value={current}
      disabled={readOnly || options.length === 0}
      data-testid="inspector-reference"
      onChange={(event) => {
        if (event.currentTarget.value) void apply(pickReferenceOps(field, event.currentTarget.value));
      }}
    >
      {!current && <option value="">{options.length === 0 ? 'nothing to pick yet' : placeholder}</option>}
      {options.map((pointer) => (
        <option key={pointer} value={pointer}>
          {choiceLabel(pointer)}
        </option>
      ))}
    </select>
  );
}

/** A pure reference (a 3.x operation's channel): pick one of the existing objects, or go to it. */
export function ReferenceControl(props: ControlProps) {
  const target = props.field.referenceTarget;
  return (
    <div className="inspector-row">
      <ReferencePicker {...props} placeholder="(choose)" />
      {target && <OpenButton pointer={target} label="Go to" />}
    </div>
  );
}

function summaryOf(field: FormField): string {
  const { value } = field;
  if (value === undefined) return 'not set';
  if (field.kind === 'schema' && isRecord(value)) {
    const properties = isRecord(value.properties) ? Object.keys(value.properties).length : 0;
    const type = typeof value.type === 'string' ? value.type : Array.isArray(value.type) ? value.type.join(' | ') : 'schema';
    return properties > 0 ? `${type}, ${properties} ${properties === 1 ? 'property' : 'properties'}` : type;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'empty' : keys.join(', ');
  }
  return JSON.stringify(value);
}

/** A schema or an object with fields of its own (bindings, contact): its form opens in the inspector. */
export function NestedControl(props: ControlProps) {
  const { field, readOnly } = props;
  const apply = useApplyOps();
  if (field.isReference) {
    return (
      <div className="inspector-row">
        <ReferencePicker {...props} placeholder="(choose)" />
        {field.referenceTarget && <OpenButton pointer={field.referenceTarget} label="Go to" />}
      </div>
    );
  }
  const absentSchema = field.kind === 'schema' && field.value === undefined;
  return (
    <div className="inspector-row">
      <span className="inspector-summary" title={summaryOf(field)}>
        {summaryOf(field)}
      </span>
      {absentSchema ? (
        <button
          type="button"
          className="inspector-link"
          data-testid="inspector-add-schema"
          disabled={readOnly}
          onClick={() => void apply([{ op: 'set', pointer: field.pointer, value: { type: 'object', properties: {} } }], field.pointer)}
        >
          Add
        </button>
      ) : (
        <OpenButton pointer={field.pointer} label={field.value === undefined ? 'Add…' : 'Open'} />
      )}
    </div>
  );
}

/** A map of named entries (channel messages, parameters, schema properties): open one, or add one by name. */
export function MapControl({ id, field, readOnly }: ControlProps) {
  const apply = useApplyOps();
  const [name, setName] = useState('');
  const entries = isRecord(field.value) ? Object.keys(field.value) : [];
  const add = () => {
    const key = name.trim();
    if (!key || entries.includes(key)) return;
    const value: JsonValue = field.name === 'properties' ? { type: 'string' } : {};
    void apply([{ op: 'set', pointer: childPointer(field.pointer, key), value }], childPointer(field.pointer, key)).then((result) => {
      if (result.ok) setName('');
    });
  };
  return (
    <div className="inspector-map">
      {entries.length > 0 && (
        <ul className="inspector-entries">
          {entries.map((key) => (
            <li key={key}>
              <OpenButton pointer={childPointer(field.pointer, key)} label={key} testId="inspector-entry" />
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="inspector-row">
          <input
            id={id}
            className="inspector-input"
            value={name}
            placeholder={field.name === 'properties' ? 'new property name' : 'new entry name'}
            aria-label={`New entry of ${field.name}`}
            onChange={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
          <button type="button" className="inspector-link" data-testid="inspector-add-entry" disabled={!name.trim() || entries.includes(name.trim())} onClick={add}>
            Add
          </button>
        </div>
      )}
    </div>
  );
}

/** A list of references (an operation's messages, a channel's servers): remove one, or add an existing object. */
export function ReferenceListControl({ id, field, readOnly }: ControlProps) {
  const apply = useApplyOps();
  const items = Array.isArray(field.value) ? field.value : [];
  const targets = items.map((item) => (isRecord(item) && typeof item.$ref === 'string' ? pointerOfRef(item.$ref) : null));
  const available = (field.items?.reference.choices ?? []).filter((choice) => !targets.includes(choice));
  return (
    <div className="inspector-map">
      {items.length > 0 && (
        <ul className="inspector-entries">
          {targets.map((target, index) => (
            <li key={`${index}:${target ?? ''}`} className="inspector-chip">
              {target ? <OpenButton pointer={target} label={choiceLabel(target)} testId="inspector-entry" /> : <span>inline value</span>}
              {!readOnly && (
                <button type="button" className="inspector-remove" aria-label={`Remove ${target ? choiceLabel(target) : 'item'}`} onClick={() => void apply([{ op: 'remove', pointer: childPointer(field.pointer, index) }])}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        className="inspector-input"
        value=""
        disabled={readOnly || available.length === 0}
        data-testid="inspector-reference"
        onChange={(event) => {
          const target = event.currentTarget.value;
          if (target) void apply([{ op: 'append', pointer: field.pointer, value: { $ref: refTo(target) } }]);
        }}
      >
        <option value="">{available.length === 0 ? (items.length === 0 ? 'nothing to add yet' : 'all added') : '+ add…'}</option>
        {available.map((pointer) => (
          <option key={pointer} value={pointer}>
            {choiceLabel(pointer)}
          </option>
        ))}
      </select>
    </div>
  );
}
