import type { Template } from './template';

export const websocketTemplate: Template = {
  id: 'websocket',
  title: 'WebSocket',
  description: 'A live price feed over WebSocket: clients connect with the symbols they want in the query string, may change them later, and receive a price update per trade.',
  protocol: 'wss',
  text: `asyncapi: 3.1.0
info:
  title: Price Feed
  version: 1.0.0
  description: Streams prices to browsers and apps over a single WebSocket connection.
  contact:
    name: Market data team
    url: https://example.com/market-data
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  public:
    host: stream.example.com
    pathname: /v1
    protocol: wss
    description: Public endpoint, TLS only.
channels:
  prices:
    address: /prices
    description: One connection per client; messages flow both ways on it.
    messages:
      subscribe:
        $ref: '#/components/messages/subscribe'
      priceUpdate:
        $ref: '#/components/messages/priceUpdate'
    bindings:
      ws:
        method: GET
        query:
          type: object
          properties:
            symbols:
              type: string
              description: Comma-separated symbols to start with.
              examples:
                - BTC-EUR,ETH-EUR
        headers:
          type: object
          properties:
            Authorization:
              type: string
              description: Bearer token of the client.
        bindingVersion: 0.1.0
operations:
  receiveSubscribe:
    action: receive
    channel:
      $ref: '#/channels/prices'
    summary: Change the set of symbols a client follows.
    messages:
      - $ref: '#/channels/prices/messages/subscribe'
  sendPriceUpdate:
    action: send
    channel:
      $ref: '#/channels/prices'
    summary: Push the latest trade price of a followed symbol.
    messages:
      - $ref: '#/channels/prices/messages/priceUpdate'
components:
  messages:
    subscribe:
      name: Subscribe
      title: Change subscription
      payload:
        type: object
        required:
          - type
          - symbols
        properties:
          type:
            type: string
            const: subscribe
          symbols:
            type: array
            items:
              type: string
    priceUpdate:
      name: PriceUpdate
      title: Price update
      payload:
        type: object
        required:
          - type
          - symbol
          - price
          - time
        properties:
          type:
            type: string
            const: price
          symbol:
            type: string
          price:
            type: string
            description: Decimal price as a string, to keep its precision.
          volume:
            type: string
          time:
            type: string
            format: date-time
`,
};
