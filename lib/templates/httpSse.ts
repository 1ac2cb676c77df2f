import type { Template } from './template';

export const httpSseTemplate: Template = {
  id: 'http-sse',
  title: 'HTTP streaming (server-sent events)',
  description: 'A build-status stream over server-sent events: a client opens one GET request and the server keeps sending events on it.',
  protocol: 'https',
  text: `asyncapi: 3.1.0
info:
  title: Build Status Stream
  version: 1.0.0
  description: Streams the progress of a CI build as server-sent events (Content-Type text/event-stream); each event's data field holds one JSON message.
  contact:
    name: CI team
    url: https://example.com/ci
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  api:
    host: ci.example.com
    pathname: /api
    protocol: https
    description: HTTPS API; the stream stays open until the build ends.
channels:
  buildEvents:
    address: /builds/{buildId}/events
    parameters:
      buildId:
        description: Identifier of the build to follow.
        examples:
          - '4812'
    messages:
      stepFinished:
        $ref: '#/components/messages/stepFinished'
      buildFinished:
        $ref: '#/components/messages/buildFinished'
operations:
  streamBuildEvents:
    action: send
    channel:
      $ref: '#/channels/buildEvents'
    summary: Send build events to a client that opened the stream with GET.
    messages:
      - $ref: '#/channels/buildEvents/messages/stepFinished'
      - $ref: '#/channels/buildEvents/messages/buildFinished'
    bindings:
      http:
        method: GET
        query:
          type: object
          properties:
            since:
              type: integer
              description: Replay events after this sequence number (sent by browsers as Last-Event-ID too).
        bindingVersion: 0.3.0
components:
  messages:
    stepFinished:
      name: stepFinished
      title: Step finished
      summary: 'Sent with the SSE field "event: stepFinished".'
      payload:
        type: object
        required:
          - step
          - outcome
        properties:
          step:
            type: string
          outcome:
            type: string
            enum:
              - passed
              - failed
              - skipped
          durationMs:
            type: integer
            minimum: 0
      bindings:
        http:
          headers:
            $ref: '#/components/schemas/streamHeaders'
          bindingVersion: 0.3.0
    buildFinished:
      name: buildFinished
      title: Build finished
      summary: 'Sent with the SSE field "event: buildFinished"; the server then closes the stream.'
      payload:
        type: object
        required:
          - outcome
        properties:
          outcome:
            type: string
            enum:
              - passed
              - failed
              - cancelled
          finishedAt:
            type: string
            format: date-time
      bindings:
        http:
          headers:
            $ref: '#/components/schemas/streamHeaders'
          bindingVersion: 0.3.0
  schemas:
    streamHeaders:
      type: object
      properties:
        Content-Type:
          type: string
          const: text/event-stream
        Cache-Control:
          type: string
          const: no-cache
`,
};
