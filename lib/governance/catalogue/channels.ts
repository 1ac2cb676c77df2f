import type { CatalogueRule } from '../types';
import { BOTH, V2, V3, defineRule, yaml } from './define';

const ADDRESS_STYLE =
  'Addresses are the names every producer and consumer types; one style across a system avoids near-duplicates (`userSignedUp`, `user-signed-up`, `User_SignedUp`). The house style: lower-case words joined by `-` or `_`, segments separated by `/` (MQTT, HTTP) or `.` (Kafka, AMQP), `{parameters}` where a part varies; no spaces, no empty segments, no scheme. A team with another convention can turn this rule off and write its own with `pattern` or `casing`.';

export const CHANNEL_RULES: CatalogueRule[] = [
  defineRule({
    id: 'asyncapi-channel-description',
    description: 'Channel should have a "description".',
    severity: 'info',
    formats: BOTH,
    category: 'documentation',
    given: '$.channels.*',
    then: { field: 'description', function: 'truthy' },
    explanation: 'Say what flows through the channel and when: which event, who publishes it, what a subscriber can rely on.',
    examples: [
      {
        format: 'aas2',
        good: 'channels:\n  user/signedup:\n    description: A user completed the sign-up form.\n',
        bad: 'channels:\n  user/signedup: {}\n',
      },
      {
        format: 'aas3',
        good: 'channels:\n  userSignedUp:\n    address: user/signedup\n    description: A user completed the sign-up form.\n',
        bad: 'channels:\n  userSignedUp:\n    address: user/signedup\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi-parameter-description',
    description: 'Channel parameter should have a "description".',
    severity: 'info',
    formats: BOTH,
    category: 'documentation',
    given: ['$.channels.*.parameters.*', '$.components.parameters.*'],
    then: { field: 'description', function: 'truthy' },
    spectralIds: ['asyncapi-parameter-description'],
    explanation: 'A parameter is a part of the address that varies. Say what goes there (an id, a region…) and where a client gets the value.',
    examples: [
      {
        format: 'aas2',
        good: yaml`
          channels:
            light/{streetlightId}:
              parameters:
                streetlightId:
                  description: The id of the streetlight, as printed on its pole.
                  schema:
                    type: string
          `,
        bad: yaml`
          channels:
            light/{streetlightId}:
              parameters:
                streetlightId:
                  schema:
                    type: string
          `,
      },
      {
        format: 'aas3',
        good: yaml`
          channels:
            light:
              address: light/{streetlightId}
              parameters:
                streetlightId:
                  description: The id of the streetlight, as printed on its pole.
          `,
        bad: yaml`
          channels:
            light:
              address: light/{streetlightId}
              parameters:
                streetlightId: {}
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-parameter-examples',
    description: 'Channel parameter should show its possible values ("examples", "enum" or "default").',
    severity: 'info',
    formats: V3,
    category: 'examples',
    given: ['$.channels.*.parameters.*', '$.components.parameters.*'],
    then: { function: 'anyOfFields', functionOptions: { properties: ['examples', 'enum', 'default'] } },
    explanation: 'A parameter fills a part of the address. `examples` (or the full `enum`, or a `default`) show clients what a real address looks like, e.g. `light/42`.',
    examples: [
      {
        format: 'aas3',
        good: "channels:\n  light:\n    address: light/{streetlightId}\n    parameters:\n      streetlightId:\n        examples: ['42', 'north-7']\n",
        bad: 'channels:\n  light:\n    address: light/{streetlightId}\n    parameters:\n      streetlightId:\n        description: The id of the streetlight.\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi2-channel-no-empty-parameter',
    description: 'Channel address should not have empty parameter substitution pattern.',
    severity: 'warning',
    formats: V2,
    category: 'naming',
    given: '$.channels',
    then: { field: '@key', function: 'pattern', functionOptions: { notMatch: '{}' } },
    spectralIds: ['asyncapi-channel-no-empty-parameter'],
    explanation: 'A `{}` in an address is a parameter without a name: nothing can be substituted into it. Name it and describe it under `parameters`.',
    examples: [{ format: 'aas2', good: 'channels:\n  light/{streetlightId}: {}\n', bad: 'channels:\n  light/{}: {}\n' }],
  }),
  defineRule({
    id: 'asyncapi2-channel-no-trailing-slash',
    description: 'Channel address should not end with slash.',
    severity: 'warning',
    formats: V2,
    category: 'naming',
    given: '$.channels',
    then: { field: '@key', function: 'pattern', functionOptions: { notMatch: '.+\\/$' } },
    spectralIds: ['asyncapi-channel-no-trailing-slash'],
    explanation: 'Brokers treat `a/b` and `a/b/` as two different topics; a trailing slash is almost always a typo that splits producers from consumers.',
    examples: [{ format: 'aas2', good: 'channels:\n  user/signedup: {}\n', bad: 'channels:\n  user/signedup/: {}\n' }],
  }),
  defineRule({
    id: 'asyncapi2-channel-address-style',
    description: 'Channel address should follow the house style.',
    message: '{{error}}',
    severity: 'info',
    formats: V2,
    category: 'naming',
    given: '$.channels',
    then: { field: '@key', function: 'addressStyle' },
    explanation: ADDRESS_STYLE,
    examples: [{ format: 'aas2', good: 'channels:\n  user/signed-up: {}\n', bad: 'channels:\n  User/SignedUp: {}\n' }],
  }),
  defineRule({
    id: 'asyncapi3-channel-no-empty-parameter',
    description: 'Channel address should not have empty parameter substitution pattern.',
    severity: 'warning',
    formats: V3,
    category: 'naming',
    given: '$.channels.*.address',
    then: { function: 'pattern', functionOptions: { notMatch: '{}' } },
    spectralIds: ['asyncapi-3-channel-no-empty-parameter'],
    explanation: 'A `{}` in an address is a parameter without a name: nothing can be substituted into it. Name it and describe it under `parameters`.',
    examples: [
      {
        format: 'aas3',
        good: 'channels:\n  light:\n    address: light/{streetlightId}\n',
        bad: 'channels:\n  light:\n    address: light/{}\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-channel-no-trailing-slash',
    description: 'Channel address should not end with slash.',
    severity: 'warning',
    formats: V3,
    category: 'naming',
    given: '$.channels.*.address',
    then: { function: 'pattern', functionOptions: { notMatch: '.+\\/$' } },
    spectralIds: ['asyncapi-3-channel-no-trailing-slash'],
    explanation: 'Brokers treat `a/b` and `a/b/` as two different topics; a trailing slash is almost always a typo that splits producers from consumers.',
    examples: [
      {
        format: 'aas3',
        good: 'channels:\n  userSignedUp:\n    address: user/signedup\n',
        bad: 'channels:\n  userSignedUp:\n    address: user/signedup/\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-channel-address-style',
    description: 'Channel address should follow the house style.',
    message: '{{error}}',
    severity: 'info',
    formats: V3,
    category: 'naming',
    given: '$.channels.*.address',
    then: { function: 'addressStyle' },
    explanation: ADDRESS_STYLE,
    examples: [
      {
        format: 'aas3',
        good: 'channels:\n  userSignedUp:\n    address: user/signed-up\n',
        bad: 'channels:\n  userSignedUp:\n    address: User/SignedUp\n',
      },
    ],
  }),
];

export const OPERATION_RULES: CatalogueRule[] = [
  defineRule({
    id: 'asyncapi2-operation-operationId',
    description: 'Operation should have an "operationId" field defined.',
    severity: 'warning',
    formats: V2,
    category: 'naming',
    given: ['$.channels[*][publish,subscribe]', '$.components.channels[*][publish,subscribe]'],
    then: { function: 'idWithTraits', functionOptions: { idField: 'operationId' } },
    spectralIds: ['asyncapi-operation-operationId'],
    explanation: 'Code generators name functions and methods after `operationId`; without it they invent names that change when channels move.',
    examples: [
      {
        format: 'aas2',
        good: 'channels:\n  user/signedup:\n    subscribe:\n      operationId: onUserSignedUp\n',
        bad: 'channels:\n  user/signedup:\n    subscribe:\n      summary: A user signed up.\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi2-operation-description',
    description: 'Operation should have a "summary" or a "description".',
    severity: 'warning',
    formats: V2,
    category: 'documentation',
    given: '$.channels[*][publish,subscribe]',
    then: { function: 'anyOfFields', functionOptions: { properties: ['summary', 'description'] } },
    spectralIds: ['asyncapi-operation-description'],
    explanation: 'An operation is what the application does with a channel. A one-line `summary` (or a longer `description`) tells readers why it publishes or subscribes there.',
    examples: [
      {
        format: 'aas2',
        good: 'channels:\n  user/signedup:\n    subscribe:\n      operationId: onUserSignedUp\n      summary: Welcomes new users by e-mail.\n',
        bad: 'channels:\n  user/signedup:\n    subscribe:\n      operationId: onUserSignedUp\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-operation-description',
    description: 'Operation should have a "summary" or a "description".',
    severity: 'warning',
    formats: V3,
    category: 'documentation',
    given: ['$.operations.*', '$.components.operations.*'],
    then: { function: 'anyOfFields', functionOptions: { properties: ['summary', 'description'] } },
    spectralIds: ['asyncapi-3-operation-description'],
    explanation: 'An operation is what the application does with a channel. A one-line `summary` (or a longer `description`) tells readers why it sends or receives there.',
    examples: [
      {
        format: 'aas3',
        good: yaml`
          operations:
            onUserSignedUp:
              action: receive
              summary: Welcomes new users by e-mail.
              channel:
                $ref: '#/channels/userSignedUp'
          `,
        bad: yaml`
          operations:
            onUserSignedUp:
              action: receive
              channel:
                $ref: '#/channels/userSignedUp'
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-operation-id-casing',
    description: 'Operation ids should be camelCase.',
    message: 'Operation id "{{property}}" should be camelCase',
    severity: 'info',
    recommended: false,
    formats: V3,
    category: 'naming',
    given: '$.operations',
    then: { field: '@key', function: 'casing', functionOptions: { type: 'camel' } },
    explanation: 'Generated code names functions after operation ids. One casing keeps them predictable. Off unless turned on: teams differ here.',
    examples: [
      {
        format: 'aas3',
        good: "operations:\n  sendUserSignedUp:\n    action: send\n    channel:\n      $ref: '#/channels/userSignedUp'\n",
        bad: "operations:\n  send-user-signed-up:\n    action: send\n    channel:\n      $ref: '#/channels/userSignedUp'\n",
      },
    ],
  }),
];
