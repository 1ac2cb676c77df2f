/** A 2.6.0 document with one error (line 12), catalogue-rule warnings, an info and no contact or description. */
export const PROBLEM_DOCUMENT = `asyncapi: 2.6.0
info:
  title: Problems
  version: 1.0.0
servers:
  prod:
    url: broker.example.com
    protocol: kafka
channels:
  user/signedup:
    subscribe:
      operationId: 7
      message:
        payload:
          type: object
`;
