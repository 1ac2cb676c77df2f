import type { Suggestion } from './yamlAssist';

// Ready-made blocks for the places people add them most; Monaco snippet syntax, 2-space YAML.
const CHANNEL = ['${1:channelName}:', '  address: ${2:some.address}', '  messages:', '    ${3:messageName}:', "      \\$ref: '#/components/messages/${3:messageName}'"].join('\n');
const OPERATION = ['${1:operationName}:', '  action: ${2|send,receive|}', '  channel:', "    \\$ref: '#/channels/${3:channelName}'", '  messages:', "    - \\$ref: '#/channels/${3:channelName}/messages/${4:messageName}'"].join('\n');
const SERVER = ['${1:serverName}:', '  host: ${2:broker.example.com:9092}', '  protocol: ${3|kafka,mqtt,amqp,ws,nats,http|}', '  bindings:', '    ${3}:', '      bindingVersion: ${4:0.5.0}'].join('\n');
const MESSAGE = ['${1:messageName}:', '  name: ${2:MessageName}', '  contentType: application/json', '  payload:', '    type: object', '    properties:', '      ${3:id}:', '        type: string'].join('\n');

const BY_PARENT: Record<string, Suggestion[]> = {
  channels: [{ label: 'New channel', insertText: CHANNEL, kind: 'snippet', snippet: true, documentation: 'A channel with an address and a message' }],
  operations: [{ label: 'New send/receive operation', insertText: OPERATION, kind: 'snippet', snippet: true, documentation: 'An operation on a channel with its message' }],
  servers: [{ label: 'New server with bindings', insertText: SERVER, kind: 'snippet', snippet: true, documentation: 'A server with a protocol and its bindings' }],
  'components/messages': [{ label: 'New message', insertText: MESSAGE, kind: 'snippet', snippet: true, documentation: 'A message with a JSON payload' }],
};

export function snippetsFor(parentPath: ReadonlyArray<string>): Suggestion[] {
  return BY_PARENT[parentPath.join('/')] ?? [];
}
