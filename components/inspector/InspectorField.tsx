'use client';

import { memo, useId } from 'react';
import type { FormField } from '@/lib/edit/formModel';
import { MapControl, NestedControl, ReferenceControl, ReferenceListControl } from './StructureControls';
import { ChoiceControl, JsonControl, TextControl } from './ValueControls';
import type { ControlProps } from './ValueControls';

function Control(props: ControlProps) {
  switch (props.field.kind) {
    case 'string':
    case 'number':
    case 'integer':
      return <TextControl {...props} />;
    case 'boolean':
    case 'enum':
      return <ChoiceControl {...props} />;
    case 'reference':
      return <ReferenceControl {...props} />;
    case 'schema':
    case 'object':
      return <NestedControl {...props} />;
    case 'map':
      return <MapControl {...props} />;
    case 'array':
      return props.field.items?.kind === 'reference' ? <ReferenceListControl {...props} /> : <JsonControl {...props} />;
    default:
      return <JsonControl {...props} />;
  }
}

function typesOf(field: FormField): string {
  if (field.kind === 'reference') return 'reference';
  if (field.kind === 'schema') return 'schema';
  if (field.kind === 'array' && field.items?.kind === 'reference') return 'references';
  return field.types.join(' | ');
}

/** One field of the inspector's form: name, required mark, type, its control and the specification's help. */
function InspectorFieldImpl({ field, readOnly }: { field: FormField; readOnly: boolean }) {
  const id = useId();
  const types = typesOf(field);
  // A pure reference's own description is the Reference Object's ("A simple object to allow referencing…"): say what to do instead.
  const help = field.kind === 'reference' ? 'Pick one of the document’s existing objects; “Go to” opens it.' : field.description;
  return (
    <div className="inspector-field" data-testid="inspector-field" data-path={field.pointer} data-kind={field.kind} data-required={field.required || undefined}>
      <div className="inspector-label-row">
        <label htmlFor={id} className="inspector-label">
          {field.name}
          {field.required && (
            <span className="inspector-required" title="Required">
              {' '}*<span className="visually-hidden"> (required)</span>
            </span>
          )}
        </label>
        {types && <span className="inspector-type">{types}</span>}
      </div>
      <Control id={id} field={field} readOnly={readOnly} />
      {help && (
        <p className="inspector-help" title={help}>
          {help}
        </p>
      )}
    </div>
  );
}

export const InspectorField = memo(InspectorFieldImpl);
