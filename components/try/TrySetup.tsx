'use client';

import type { LiveView } from '@/lib/live/document/liveView';
import { chosenChannels, credentialFields, endpointField, operationChoices } from '@/lib/live/panelModel';
import { CredentialFields } from './CredentialFields';
import { HintText } from './HintText';
import type { TryFormApi } from './useTryForm';
import { VariableInput } from './VariableInput';

/** Where to connect and what to do there: server and its variables, operations and their channel parameters, credentials. */
export function TrySetup({ view, api }: { view: LiveView; api: TryFormApi }) {
  const { form } = api;
  const server = view.servers.find((s) => s.id === form.serverId);
  const choices = operationChoices(view, form.serverId);
  const endpoint = server ? endpointField(server, form.serverValues) : null;
  const parameters = chosenChannels(view, form.operationIds);

  return (
    <div className="try-setup">
      <div className="try-row">
        <label className="try-field">
          <span className="try-field-name">Server</span>
          <select data-testid="try-server" value={form.serverId} onChange={(e) => api.chooseServer(e.target.value)}>
            {view.servers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id} ({s.protocol})
              </option>
            ))}
          </select>
        </label>
        {server && <code className="try-url" title="The server URL as the document writes it">{server.urlTemplate}</code>}
      </div>
      {server && server.variables.length > 0 && (
        <div className="try-row">
          {server.variables.map((variable) => (
            <VariableInput key={variable.name} testId="try-variable" variable={variable} value={form.serverValues[variable.name]} onChange={(v) => api.setServerValue(variable.name, v)} />
          ))}
        </div>
      )}
      {endpoint && (
        <div className="try-row try-row-wide">
          <label className="try-field try-field-wide">
            <span className="try-field-name">{endpoint.label}</span>
            <input data-testid="try-endpoint-url" value={form.endpointUrl ?? endpoint.suggestion} placeholder="ws://… or http://…" spellCheck={false} onChange={(e) => api.setEndpointUrl(e.target.value)} />
          </label>
          {server?.route.kind === 'gateway' && server.route.adapter === 'stomp' && (
            <label className="try-field" title="The STOMP host header: RabbitMQ's virtual host (its default is /)">
              <span className="try-field-name">Virtual host</span>
              <input data-testid="try-virtual-host" value={form.stompVirtualHost} spellCheck={false} onChange={(e) => api.setStompVirtualHost(e.target.value)} />
            </label>
          )}
          <p className="try-hint">
            <HintText text={endpoint.hint} />
          </p>
        </div>
      )}
      <fieldset className="try-operations">
        <legend>Operations</legend>
        {choices.length === 0 && <p className="try-hint">The document has no operations.</p>}
        {choices.map(({ operation, channel, adapter, unavailable }) => (
          <label key={operation.id} className={unavailable ? 'try-operation try-operation-off' : 'try-operation'} title={unavailable}>
            <input
              type="checkbox"
              data-testid="try-operation"
              data-operation-id={operation.id}
              disabled={!adapter}
              checked={!!adapter && form.operationIds.includes(operation.id)}
              onChange={(e) => api.toggleOperation(operation.id, e.target.checked)}
            />
            <span className={`try-role try-role-${operation.role}`}>{operation.role === 'send' ? 'Send' : 'Receive'}</span>
            <span className="try-operation-title">{operation.title}</span>
            <code className="try-address">{channel.address ?? '(no address)'}</code>
            {unavailable ? <span className="try-hint">{unavailable}</span> : <span className="try-adapter">{adapter}</span>}
          </label>
        ))}
      </fieldset>
      {parameters.length > 0 && (
        <fieldset className="try-parameters">
          <legend>Channel parameters</legend>
          {parameters.flatMap((channel) =>
            channel.parameters.map((parameter) => (
              <VariableInput
                key={`${channel.id}/${parameter.name}`}
                testId="try-parameter"
                owner={channel.id}
                variable={parameter}
                value={form.parameterValues[channel.id]?.[parameter.name]}
                onChange={(v) => api.setParameter(channel.id, parameter.name, v)}
              />
            )),
          )}
        </fieldset>
      )}
      <CredentialFields fields={credentialFields(server)} values={form.credentials} onChange={api.setCredential} asked={server?.securityTypes ?? []} />
    </div>
  );
}
