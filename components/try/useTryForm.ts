'use client';

import { useState } from 'react';
import type { LiveView } from '@/lib/live/document/liveView';
import type { LiveChoice } from '@/lib/live/document/plan';
import { defaultChoice, operationChoices } from '@/lib/live/panelModel';
import type { LiveCredentials } from '@/lib/live/types';

/** What the user filled in. Credentials live here, in the panel's memory, and go only to `liveConnect`. */
export interface TryForm {
  serverId: string;
  serverValues: Record<string, string>;
  parameterValues: Record<string, Record<string, string>>;
  operationIds: string[];
  /** The gateway or bridge URL as typed; null while the user keeps the suggestion. */
  endpointUrl: string | null;
  stompVirtualHost: string;
  credentials: LiveCredentials;
}

function initialForm(view: LiveView): TryForm {
  const choice = defaultChoice(view);
  return { serverId: choice.serverId, serverValues: {}, parameterValues: {}, operationIds: choice.operationIds, endpointUrl: null, stompVirtualHost: '/', credentials: {} };
}

/** A server variable offered as a list shows its first value when the document names no default: connect with what is shown. */
function withShownValues(view: LiveView, form: TryForm): Record<string, string> {
  const values = { ...form.serverValues };
  for (const variable of view.servers.find((s) => s.id === form.serverId)?.variables ?? []) {
    if (!values[variable.name] && variable.defaultValue === undefined && variable.enum?.[0] !== undefined) values[variable.name] = variable.enum[0];
  }
  return values;
}

export interface TryFormApi {
  form: TryForm;
  chooseServer: (serverId: string) => void;
  setServerValue: (name: string, value: string) => void;
  setParameter: (channelId: string, name: string, value: string) => void;
  toggleOperation: (operationId: string, on: boolean) => void;
  setEndpointUrl: (url: string) => void;
  setStompVirtualHost: (host: string) => void;
  setCredential: (field: keyof LiveCredentials, value: string) => void;
  choice: () => LiveChoice;
}

/** The Try panel's form, starting from the first reachable server with all it can do; it follows the document's edits. */
export function useTryForm(view: LiveView): TryFormApi {
  const [form, setForm] = useState<TryForm>(() => initialForm(view));
  // The document changed so that the chosen server is gone: start again from what it has now.
  if (!view.servers.some((s) => s.id === form.serverId) && view.servers.length > 0) setForm(initialForm(view));
  const known = new Set(view.operations.map((o) => o.id));

  return {
    form,
    chooseServer: (serverId) =>
      setForm((f) => ({
        ...f,
        serverId,
        serverValues: {},
        endpointUrl: null,
        operationIds: operationChoices(view, serverId).filter((c) => c.adapter).map((c) => c.operation.id),
      })),
    setServerValue: (name, value) => setForm((f) => ({ ...f, serverValues: { ...f.serverValues, [name]: value } })),
    setParameter: (channelId, name, value) =>
      setForm((f) => ({ ...f, parameterValues: { ...f.parameterValues, [channelId]: { ...f.parameterValues[channelId], [name]: value } } })),
    toggleOperation: (operationId, on) =>
      setForm((f) => ({ ...f, operationIds: on ? [...new Set([...f.operationIds, operationId])] : f.operationIds.filter((id) => id !== operationId) })),
    setEndpointUrl: (endpointUrl) => setForm((f) => ({ ...f, endpointUrl })),
    setStompVirtualHost: (stompVirtualHost) => setForm((f) => ({ ...f, stompVirtualHost })),
    setCredential: (field, value) => setForm((f) => ({ ...f, credentials: { ...f.credentials, [field]: value } })),
    choice: () => ({
      serverId: form.serverId,
      serverValues: withShownValues(view, form),
      parameterValues: form.parameterValues,
      operationIds: form.operationIds.filter((id) => known.has(id)),
      endpointUrl: form.endpointUrl ?? undefined,
    }),
  };
}
