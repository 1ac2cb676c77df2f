import type { CatalogueRule } from '../types';
import { BOTH, MESSAGES, bothVersions, defineRule, yaml } from './define';

export const MESSAGE_RULES: CatalogueRule[] = [
  defineRule({
    id: 'asyncapi2-message-messageId',
    description: 'Message should have a "messageId" field defined.',
    severity: 'warning',
    // messageId exists from 2.4 on.
    formats: ['aas2_4', 'aas2_5', 'aas2_6'],
    category: 'naming',
    given: [
      "$.channels.*.[publish,subscribe][?(@property === 'message' && @ && !@.oneOf)]",
      '$.channels.*.[publish,subscribe].message.oneOf.*',
      "$.components.channels.*.[publish,subscribe][?(@property === 'message' && @ && !@.oneOf)]",
      '$.components.channels.*.[publish,subscribe].message.oneOf.*',
      '$.components.messages.*',
    ],
    then: { function: 'idWithTraits', functionOptions: { idField: 'messageId' } },
    spectralIds: ['asyncapi-message-messageId'],
    explanation: 'Tools and generated code refer to a message by its `messageId`; without one they fall back to names that change when the document is reorganised.',
    examples: [
      {
        format: 'aas2',
        good: 'components:\n  messages:\n    userSignedUp:\n      messageId: userSignedUp\n      payload:\n        type: object\n',
        bad: 'components:\n  messages:\n    userSignedUp:\n      payload:\n        type: object\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi-message-summary',
    description: 'Message should have a "title", "summary" or "description".',
    severity: 'warning',
    formats: BOTH,
    category: 'documentation',
    given: MESSAGES,
    then: { function: 'anyOfFields', functionOptions: { properties: ['title', 'summary', 'description'] } },
    explanation: 'Documentation lists messages by their title and summary. A message with neither shows only its schema, and readers have to guess what event it stands for.',
    examples: bothVersions(
      yaml`
        components:
          messages:
            userSignedUp:
              title: User signed up
              summary: Sent once a new user confirmed their e-mail address.
              payload:
                type: object
        `,
      yaml`
        components:
          messages:
            userSignedUp:
              payload:
                type: object
        `,
    ),
  }),
  defineRule({
    id: 'asyncapi-message-name',
    description: 'Message should have a machine-friendly "name".',
    severity: 'info',
    formats: BOTH,
    category: 'naming',
    given: MESSAGES,
    then: { field: 'name', function: 'truthy' },
    explanation: 'The `name` is the identifier code generators and documentation use for the message type (e.g. `UserSignedUp`). Without it, each tool derives its own from keys or positions.',
    examples: bothVersions(
      'components:\n  messages:\n    userSignedUp:\n      name: UserSignedUp\n      payload:\n        type: object\n',
      'components:\n  messages:\n    userSignedUp:\n      payload:\n        type: object\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-message-name-uniqueness',
    description: 'Message names should be unique.',
    message: '{{error}}',
    severity: 'warning',
    formats: BOTH,
    category: 'naming',
    resolved: false,
    given: '$',
    then: { function: 'duplicateMessageNames' },
    explanation: 'Two different messages with the same `name` become one type in generated code (one silently overwrites the other) and one entry in documentation. Rename one, or make both `$ref`s to one message.',
    examples: bothVersions(
      'components:\n  messages:\n    userSignedUp:\n      name: UserSignedUp\n    userDeleted:\n      name: UserDeleted\n',
      'components:\n  messages:\n    userSignedUp:\n      name: UserEvent\n    userDeleted:\n      name: UserEvent\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-message-payload',
    description: 'Message should define its "payload".',
    severity: 'info',
    formats: BOTH,
    category: 'structure',
    given: MESSAGES,
    then: { field: 'payload', function: 'defined' },
    explanation: 'Without a payload schema, consumers cannot validate or generate types for the message. An event with no body can say so with `payload: { type: "null" }`.',
    examples: bothVersions(
      'components:\n  messages:\n    userSignedUp:\n      payload:\n        type: object\n',
      'components:\n  messages:\n    userSignedUp:\n      summary: A user signed up.\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-message-has-examples',
    description: 'Message should have examples of its payload.',
    severity: 'info',
    formats: BOTH,
    category: 'examples',
    given: MESSAGES,
    then: { function: 'messageExamples' },
    explanation:
      'An example shows in one glance what a schema takes paragraphs to say, and the studio checks examples against the schema. Give the message `examples` (a list of `payload`s, with `name` and `summary`), or `examples` in its payload schema.',
    examples: bothVersions(
      yaml`
        components:
          messages:
            userSignedUp:
              payload:
                type: object
                properties:
                  email:
                    type: string
              examples:
                - name: simple
                  payload:
                    email: ada@example.com
        `,
      yaml`
        components:
          messages:
            userSignedUp:
              payload:
                type: object
                properties:
                  email:
                    type: string
        `,
    ),
  }),
];
