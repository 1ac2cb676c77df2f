import type { Template } from './template';

export const emptyTemplate: Template = {
  id: 'empty',
  title: 'Empty 3.0 document',
  description: 'The smallest valid AsyncAPI 3.0 document: an info section, ready for your servers, channels and operations.',
  protocol: 'none',
  text: `asyncapi: 3.1.0
info:
  title: My API
  version: 0.1.0
  description: Describe what this application does and the messages it exchanges.
channels: {}
operations: {}
components: {}
`,
};
