import type { CatalogueRule } from '../types';
import { BOTH, SERVERS, V2, V3, bothVersions, defineRule, yaml } from './define';

export const SECURITY_RULES: CatalogueRule[] = [
  defineRule({
    id: 'asyncapi-server-has-security',
    description: 'Server should say how clients authenticate ("security").',
    severity: 'info',
    formats: BOTH,
    category: 'security',
    given: SERVERS,
    then: { field: 'security', function: 'filled' },
    explanation:
      'A server without `security` reads as "anyone may connect". If that is true (a local development broker), turn the rule off for that document; otherwise name the scheme clients must use (user and password, a token, mutual TLS…).',
    examples: [
      {
        format: 'aas2',
        good: yaml`
          servers:
            production:
              url: broker.example.com:8883
              protocol: secure-mqtt
              security:
                - userPassword: []
          components:
            securitySchemes:
              userPassword:
                type: userPassword
          `,
        bad: yaml`
          servers:
            production:
              url: broker.example.com:8883
              protocol: secure-mqtt
          `,
      },
      {
        format: 'aas3',
        good: yaml`
          servers:
            production:
              host: broker.example.com:8883
              protocol: secure-mqtt
              security:
                - $ref: '#/components/securitySchemes/userPassword'
          components:
            securitySchemes:
              userPassword:
                type: userPassword
          `,
        bad: yaml`
          servers:
            production:
              host: broker.example.com:8883
              protocol: secure-mqtt
          `,
      },
    ],
  }),
  defineRule({
    id: 'asyncapi-server-secure-protocol',
    description: 'Server should use an encrypted protocol.',
    message: '{{error}}',
    severity: 'info',
    formats: BOTH,
    category: 'security',
    given: SERVERS,
    then: { function: 'secureProtocol' },
    explanation:
      'Plain `mqtt`, `ws`, `http`, `amqp`, `kafka` and `stomp` send credentials and payloads readable by anyone on the path. Their TLS variants (`secure-mqtt`, `wss`, `https`, `amqps`, `kafka-secure`, `stomps`) do not. Servers on localhost are not judged.',
    examples: [
      {
        format: 'aas2',
        good: 'servers:\n  production:\n    url: broker.example.com:8883\n    protocol: secure-mqtt\n',
        bad: 'servers:\n  production:\n    url: broker.example.com:1883\n    protocol: mqtt\n',
      },
      {
        format: 'aas3',
        good: 'servers:\n  production:\n    host: broker.example.com:8883\n    protocol: secure-mqtt\n',
        bad: 'servers:\n  production:\n    host: broker.example.com:1883\n    protocol: mqtt\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi-security-scheme-description',
    description: 'Security scheme should have a "description".',
    severity: 'info',
    formats: BOTH,
    category: 'security',
    given: '$.components.securitySchemes.*',
    then: { field: 'description', function: 'truthy' },
    explanation: 'Tell clients where credentials come from (which identity provider, which scopes, who hands out certificates); the scheme\'s type alone does not.',
    examples: bothVersions(
      'components:\n  securitySchemes:\n    token:\n      type: httpApiKey\n      name: Authorization\n      in: header\n      description: A token from the developer portal.\n',
      'components:\n  securitySchemes:\n    token:\n      type: httpApiKey\n      name: Authorization\n      in: header\n',
    ),
  }),
  defineRule({
    id: 'asyncapi2-unused-securityScheme',
    description: 'Potentially unused security scheme has been detected in AsyncAPI document.',
    message: '{{error}}',
    severity: 'info',
    formats: V2,
    category: 'security',
    resolved: false,
    given: '$',
    then: { function: 'unusedSecuritySchemes2' },
    explanation: 'A security scheme that no server or operation lists does not protect anything: either a `security` entry is missing, or the scheme is left over.',
    examples: [
      {
        format: 'aas2',
        good: yaml`
          servers:
            production:
              url: broker.example.com:8883
              protocol: secure-mqtt
              security:
                - userPassword: []
          components:
            securitySchemes:
              userPassword:
                type: userPassword
          `,
        bad: 'components:\n  securitySchemes:\n    userPassword:\n      type: userPassword\n',
      },
    ],
  }),
  defineRule({
    id: 'asyncapi3-unused-securityScheme',
    description: 'Potentially unused security scheme has been detected in AsyncAPI document.',
    message: '{{error}}',
    severity: 'info',
    formats: V3,
    category: 'security',
    resolved: false,
    given: '$',
    then: { function: 'unusedSecuritySchemes3' },
    explanation: 'A security scheme that no server or operation references does not protect anything: either a `security` entry is missing, or the scheme is left over.',
    examples: [
      {
        format: 'aas3',
        good: yaml`
          servers:
            production:
              host: broker.example.com:8883
              protocol: secure-mqtt
              security:
                - $ref: '#/components/securitySchemes/userPassword'
          components:
            securitySchemes:
              userPassword:
                type: userPassword
          `,
        bad: 'components:\n  securitySchemes:\n    userPassword:\n      type: userPassword\n',
      },
    ],
  }),
];
