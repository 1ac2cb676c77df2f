'use client';

import type { PayloadField, PayloadType } from '@/lib/edit/newApiGuide';

const TYPES: PayloadType[] = ['string', 'number', 'integer', 'boolean'];

/** The fields of a message's payload as rows (name, type, required); the guide turns them into a JSON Schema. */
export function PayloadFields({ value, onChange }: { value: PayloadField[]; onChange: (next: PayloadField[]) => void }) {
  const update = (index: number, change: Partial<PayloadField>) => onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <div className="guide-payload">
      {value.length === 0 && <p className="guide-help">No fields yet: the payload is an empty object.</p>}
      {value.map((row, index) => (
        <div className="guide-payload-row" data-testid="guide-payload-row" key={index}>
          <input className="guide-input" data-testid="guide-payload-name" aria-label={`Name of field ${index + 1}`} placeholder="name" value={row.name} onChange={(e) => update(index, { name: e.currentTarget.value })} />
          <select className="guide-input" data-testid="guide-payload-type" aria-label={`Type of field ${index + 1}`} value={row.type} onChange={(e) => update(index, { type: e.currentTarget.value as PayloadType })}>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <label className="guide-required">
            <input type="checkbox" checked={row.required === true} onChange={(e) => update(index, { required: e.currentTarget.checked })} /> required
          </label>
          <button type="button" className="guide-remove" aria-label={`Remove field ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button" data-testid="guide-payload-add" onClick={() => onChange([...value, { name: '', type: 'string' }])}>
        Add a field
      </button>
    </div>
  );
}
