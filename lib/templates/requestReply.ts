import type { Template } from './template';

export const requestReplyTemplate: Template = {
  id: 'request-reply',
  title: 'Request/reply',
  description: 'A shipping-quote service answering requests on NATS: each request names its own reply subject, and a correlation id ties the answer to the question.',
  protocol: 'nats',
  text: `asyncapi: 3.1.0
info:
  title: Shipping Quotes
  version: 1.0.0
  description: Answers shipping-cost questions. Callers send a request and get exactly one reply on the subject they asked for.
  contact:
    name: Logistics team
    email: logistics@example.com
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  cluster:
    host: nats.example.com:4222
    protocol: nats
channels:
  quoteRequests:
    address: shipping.quotes
    messages:
      quoteRequest:
        $ref: '#/components/messages/quoteRequest'
  quoteReplies:
    address: null
    description: The reply subject is chosen by each caller and carried in the request.
    messages:
      quote:
        $ref: '#/components/messages/quote'
operations:
  answerQuoteRequest:
    action: receive
    channel:
      $ref: '#/channels/quoteRequests'
    summary: Price a shipment and reply to the caller.
    messages:
      - $ref: '#/channels/quoteRequests/messages/quoteRequest'
    bindings:
      nats:
        queue: shipping-quoters
        bindingVersion: 0.1.0
    reply:
      address:
        description: The subject named in the request's replyTo header.
        location: $message.header#/replyTo
      channel:
        $ref: '#/channels/quoteReplies'
      messages:
        - $ref: '#/channels/quoteReplies/messages/quote'
components:
  correlationIds:
    requestId:
      description: Copied from the request into its reply.
      location: $message.header#/requestId
  messages:
    quoteRequest:
      name: QuoteRequest
      title: Quote request
      correlationId:
        $ref: '#/components/correlationIds/requestId'
      headers:
        type: object
        required:
          - replyTo
          - requestId
        properties:
          replyTo:
            type: string
            description: Subject the reply must be sent to.
          requestId:
            type: string
            format: uuid
      payload:
        type: object
        required:
          - fromPostcode
          - toPostcode
          - weightGrams
        properties:
          fromPostcode:
            type: string
          toPostcode:
            type: string
          weightGrams:
            type: integer
            minimum: 1
    quote:
      name: Quote
      title: Shipping quote
      correlationId:
        $ref: '#/components/correlationIds/requestId'
      headers:
        type: object
        required:
          - requestId
        properties:
          requestId:
            type: string
            format: uuid
      payload:
        type: object
        required:
          - price
          - currency
        properties:
          price:
            type: string
            description: Decimal amount, as a string to keep its precision.
          currency:
            type: string
            examples:
              - EUR
          deliveryDays:
            type: integer
            minimum: 0
`,
};
