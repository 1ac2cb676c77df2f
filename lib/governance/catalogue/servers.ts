import type { CatalogueRule } from '../types';
import { BOTH, SERVERS, V2, V3, defineRule, yaml } from './define';

export const SERVER_RULES: CatalogueRule[] = [
  defineRule({
    id: 'asyncapi-server-description',
    description: 'Server should have a "description".',
    severity: 'info',
    formats: BOTH,
    category: 'documentation',
    given: SERVERS,
    then: { field: 'description', function: 'truthy' },
    explanation: 'Say what each server is for (production, the staging broker, a regional cluster), so readers pick the right one.',
    examples: [
      {
        format: 'aas2',
        good: yaml`
          servers:
            production:
              url: broker.example.com:1883
              protocol: mqtt
              description: The production broker, in the EU region.
          `,
        bad: yaml`
          servers:
            production:
              url: broker.example.com:1883
              protocol: mqtt
          `,
      },
      {
        format: 'aas3',
        good: yaml`
          servers:
            production:
              host: broker.example.com:1883
              protocol: mqtt
              description: The production broker, in the EU region.
          `,
        bad: yaml`
          servers:
            production:
              host: broker.example.com:1883
              protocol: mqtt
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi-server-protocol-version',
    description: 'Server should say which version of its protocol it speaks ("protocolVersion").',
    severity: 'info',
    formats: BOTH,
    category: 'structure',
    given: SERVERS,
    then: { field: 'protocolVersion', function: 'truthy' },
    explanation:
      'Protocols change between versions (MQTT 3.1.1 and 5, AMQP 0-9-1 and 1.0, Kafka API versions). `protocolVersion` tells clients which one the server speaks, so they pick a compatible client library.',
    examples: [
      {
        format: 'aas2',
        good: yaml`
          servers:
            production:
              url: broker.example.com:1883
              protocol: mqtt
              protocolVersion: '5'
          `,
        bad: yaml`
          servers:
            production:
              url: broker.example.com:1883
              protocol: mqtt
          `,
      },
      {
        format: 'aas3',
        good: yaml`
          servers:
            production:
              host: broker.example.com:1883
              protocol: mqtt
              protocolVersion: '5'
          `,
        bad: yaml`
          servers:
            production:
              host: broker.example.com:1883
              protocol: mqtt
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi2-server-no-empty-variable',
    description: 'Server URL should not have empty variable substitution pattern.',
    severity: 'warning',
    formats: V2,
    category: 'structure',
    given: '$.servers[*].url',
    then: { function: 'pattern', functionOptions: { notMatch: '{}' } },
    spectralIds: ['asyncapi-server-no-empty-variable'],
    explanation: 'A `{}` in a server URL is a variable without a name: nothing can be substituted into it. Name the variable and describe it under `variables`.',
    examples: [
      {
        format: 'aas2',
        good: yaml`
          servers:
            production:
              url: '{region}.broker.example.com'
              protocol: mqtt
              variables:
                region:
                  default: eu
          `,
        bad: yaml`
          servers:
            production:
              url: '{}.broker.example.com'
              protocol: mqtt
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi2-server-no-trailing-slash',
    description: 'Server URL should not end with slash.',
    severity: 'warning',
    formats: V2,
    category: 'naming',
    given: '$.servers[*].url',
    then: { function: 'pattern', functionOptions: { notMatch: '/$' } },
    spectralIds: ['asyncapi-server-no-trailing-slash'],
    explanation: 'Channel addresses are appended to the server URL; a trailing slash makes a double slash of it.',
    examples: [
      {
        format: 'aas2',
        good: 'servers:\n  production:\n    url: ws://api.example.com/ws\n    protocol: ws\n',
        bad: 'servers:\n  production:\n    url: ws://api.example.com/ws/\n    protocol: ws\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-server-no-empty-variable',
    description: 'Server host and pathname should not have empty variable substitution pattern.',
    severity: 'warning',
    formats: V3,
    category: 'structure',
    given: ['$.servers[*].host', '$.servers[*].pathname'],
    then: { function: 'pattern', functionOptions: { notMatch: '{}' } },
    spectralIds: ['asyncapi-3-server-no-empty-variable'],
    explanation: 'A `{}` in a server host or pathname is a variable without a name: nothing can be substituted into it. Name the variable and describe it under `variables`.',
    examples: [
      {
        format: 'aas3',
        good: yaml`
          servers:
            production:
              host: '{region}.broker.example.com'
              protocol: mqtt
              variables:
                region:
                  default: eu
          `,
        bad: yaml`
          servers:
            production:
              host: '{}.broker.example.com'
              protocol: mqtt
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-server-no-trailing-slash',
    description: 'Server host and pathname should not end with slash.',
    severity: 'warning',
    formats: V3,
    category: 'naming',
    given: ['$.servers[*].host', '$.servers[*].pathname'],
    then: { function: 'pattern', functionOptions: { notMatch: '/$' } },
    spectralIds: ['asyncapi-3-server-no-trailing-slash'],
    explanation: 'Channel addresses are appended to the server\'s host and pathname; a trailing slash makes a double slash of it.',
    examples: [
      {
        format: 'aas3',
        good: 'servers:\n  production:\n    host: api.example.com\n    pathname: /ws\n    protocol: ws\n',
        bad: 'servers:\n  production:\n    host: api.example.com\n    pathname: /ws/\n    protocol: ws\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-server-host',
    description: 'Server "host" should be a host name and optional port, without a scheme or a path.',
    message: 'Server host "{{value}}" should be only a host name and port: the protocol goes in "protocol", a path in "pathname"',
    severity: 'warning',
    formats: V3,
    category: 'structure',
    given: '$.servers[*].host',
    then: { function: 'pattern', functionOptions: { notMatch: '^[A-Za-z][A-Za-z0-9+.-]*://|/' } },
    explanation:
      'In AsyncAPI 3 a server\'s URL is split: `protocol` (mqtt, kafka, ws…), `host` (name and port) and `pathname`. A host written as `mqtt://broker:1883/path` repeats the protocol and hides the path where tools do not look for it.',
    examples: [
      {
        format: 'aas3',
        good: 'servers:\n  production:\n    host: broker.example.com:8883\n    pathname: /mqtt\n    protocol: secure-mqtt\n',
        bad: 'servers:\n  production:\n    host: mqtts://broker.example.com:8883/mqtt\n    protocol: secure-mqtt\n',
      },
    ],
  }),
];
