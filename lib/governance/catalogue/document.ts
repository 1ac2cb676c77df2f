import type { CatalogueRule } from '../types';
import { BOTH, bothVersions, defineRule } from './define';

/* Rules on the document, its info and its components, alike in 2.x and 3.x. The first nine are the parser's
   2.x recommended rules (same ids and messages), which the parser does not run for 3.x. */

export const DOCUMENT_RULES: CatalogueRule[] = [
  defineRule({
    id: 'asyncapi-id',
    description: 'AsyncAPI document should have "id" field.',
    severity: 'warning',
    formats: BOTH,
    category: 'structure',
    given: '$',
    then: { field: 'id', function: 'truthy' },
    explanation:
      'The root `id` is a URI that names the application for good, whatever its title or version becomes. Tools that keep many documents (catalogues, registries, diff and change tracking) use it to know that two files describe the same application.',
    examples: bothVersions(`id: 'urn:example:smartylighting:streetlights'\n`, `info:\n  title: Streetlights\n  version: 1.0.0\n`),
  }),
  defineRule({
    id: 'asyncapi-defaultContentType',
    description: 'AsyncAPI document should have "defaultContentType" field.',
    severity: 'warning',
    formats: BOTH,
    category: 'structure',
    given: '$',
    then: { field: 'defaultContentType', function: 'truthy' },
    explanation:
      'Messages that do not say their `contentType` use the document\'s `defaultContentType`. Without it, readers and code generators have to guess how payloads are encoded (JSON, Avro, Protobuf…).',
    examples: bothVersions('defaultContentType: application/json\n', 'info:\n  title: Streetlights\n  version: 1.0.0\n'),
  }),
  defineRule({
    id: 'asyncapi-info-description',
    description: 'Info "description" should be present and non-empty string.',
    severity: 'warning',
    formats: BOTH,
    category: 'documentation',
    given: '$',
    then: { field: 'info.description', function: 'truthy' },
    explanation:
      'The description is the first thing a reader of the documentation sees: what the application does, who owns it and how to start. Markdown is allowed. A document without one leaves every reader to work it out from channel names.',
    examples: bothVersions(
      'info:\n  title: Streetlights\n  version: 1.0.0\n  description: Turns the city\'s streetlights on and off and reports their lighting.\n',
      'info:\n  title: Streetlights\n  version: 1.0.0\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-info-contact',
    description: 'Info object should have "contact" object.',
    severity: 'warning',
    formats: BOTH,
    category: 'documentation',
    given: '$',
    then: { field: 'info.contact', function: 'truthy' },
    explanation: 'Whoever consumes these messages needs someone to ask when they change or break. `info.contact` names that team or person.',
    examples: bothVersions(
      'info:\n  title: Streetlights\n  version: 1.0.0\n  contact:\n    name: Lighting team\n    url: https://example.com/lighting\n    email: lighting@example.com\n',
      'info:\n  title: Streetlights\n  version: 1.0.0\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-info-contact-properties',
    description: 'Contact object should have "name", "url" and "email" fields.',
    severity: 'warning',
    formats: BOTH,
    category: 'documentation',
    given: '$.info.contact',
    then: [
      { field: 'name', function: 'truthy' },
      { field: 'url', function: 'truthy' },
      { field: 'email', function: 'truthy' },
    ],
    explanation: 'A contact with only a name cannot be reached. Give the team\'s name, a page about it and an address that someone reads.',
    examples: bothVersions(
      'info:\n  contact:\n    name: Lighting team\n    url: https://example.com/lighting\n    email: lighting@example.com\n',
      'info:\n  contact:\n    name: Lighting team\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-info-license',
    description: 'Info object should have "license" object.',
    severity: 'warning',
    formats: BOTH,
    category: 'documentation',
    given: '$',
    then: { field: 'info.license', function: 'truthy' },
    explanation: 'The license says under which terms the API (and the document) may be used. Internal APIs can say so too, e.g. "Proprietary".',
    examples: bothVersions(
      'info:\n  title: Streetlights\n  version: 1.0.0\n  license:\n    name: Apache 2.0\n    url: https://www.apache.org/licenses/LICENSE-2.0\n',
      'info:\n  title: Streetlights\n  version: 1.0.0\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-info-license-url',
    description: 'License object should have "url" field.',
    severity: 'warning',
    recommended: false,
    formats: BOTH,
    category: 'documentation',
    given: '$',
    then: { field: 'info.license.url', function: 'truthy' },
    explanation: 'A license name alone can be ambiguous; the URL points at its full text. Off unless turned on (as in the parser).',
    examples: bothVersions(
      'info:\n  license:\n    name: Apache 2.0\n    url: https://www.apache.org/licenses/LICENSE-2.0\n',
      'info:\n  license:\n    name: Apache 2.0\n',
    ),
  }),
  defineRule({
    id: 'asyncapi-servers',
    description: 'AsyncAPI document should have non-empty "servers" object.',
    severity: 'warning',
    formats: BOTH,
    category: 'structure',
    given: '$',
    then: { field: 'servers', function: 'schema', functionOptions: { schema: { type: 'object', minProperties: 1 }, allErrors: true } },
    explanation: 'Servers say where the channels live (broker host, protocol). Without them a reader knows the messages but not where to send or receive them.',
    examples: [
      { format: 'aas2', good: 'servers:\n  production:\n    url: broker.example.com:1883\n    protocol: mqtt\n', bad: 'servers: {}\n' },
      { format: 'aas3', good: 'servers:\n  production:\n    host: broker.example.com:1883\n    protocol: mqtt\n', bad: 'servers: {}\n' },
    ],
  }),
  defineRule({
    id: 'asyncapi-unused-component',
    description: 'Potentially unused component has been detected in AsyncAPI document.',
    message: '{{error}}',
    severity: 'info',
    formats: BOTH,
    category: 'structure',
    resolved: false,
    given: '$',
    then: { function: 'unusedComponents', functionOptions: { skip: ['securitySchemes'] } },
    explanation:
      'A component that nothing references is dead weight, or a sign that a `$ref` points at the wrong name. Remove it, or reference it where it was meant to be used. (Security schemes have their own rule; a document that is a shared library of components can turn this rule off.)',
    examples: [
      {
        format: 'aas2',
        good: "components:\n  schemas:\n    lux:\n      type: number\n  messages:\n    lightMeasured:\n      payload:\n        $ref: '#/components/schemas/lux'\nchannels:\n  lighting:\n    subscribe:\n      message:\n        $ref: '#/components/messages/lightMeasured'\n",
        bad: 'components:\n  schemas:\n    lux:\n      type: number\n',
      },
      {
        format: 'aas3',
        good: "components:\n  schemas:\n    lux:\n      type: number\n  messages:\n    lightMeasured:\n      payload:\n        $ref: '#/components/schemas/lux'\nchannels:\n  lighting:\n    messages:\n      lightMeasured:\n        $ref: '#/components/messages/lightMeasured'\n",
        bad: 'components:\n  schemas:\n    lux:\n      type: number\n',
      },
    ],
  }),
];
