import type { Template } from './template';

export const kafkaTemplate: Template = {
  id: 'kafka',
  title: 'Kafka',
  description: 'An order service that publishes order events to Kafka topics and consumes payment results, with topic, consumer-group and key bindings.',
  protocol: 'kafka',
  text: `asyncapi: 3.1.0
info:
  title: Order Service
  version: 1.0.0
  description: Publishes an event for every order placed and listens for the outcome of its payment.
  contact:
    name: Orders team
    email: orders@example.com
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  production:
    host: kafka.example.com:9092
    protocol: kafka
    description: Production cluster.
    bindings:
      kafka:
        schemaRegistryUrl: https://schema-registry.example.com
        schemaRegistryVendor: confluent
        bindingVersion: 0.5.0
channels:
  orderPlaced:
    address: orders.placed
    description: One event per order, keyed by order id so that events of an order stay in order.
    messages:
      orderPlaced:
        $ref: '#/components/messages/orderPlaced'
    bindings:
      kafka:
        partitions: 12
        replicas: 3
        topicConfiguration:
          cleanup.policy:
            - delete
          retention.ms: 604800000
        bindingVersion: 0.5.0
  paymentCompleted:
    address: payments.completed
    messages:
      paymentCompleted:
        $ref: '#/components/messages/paymentCompleted'
operations:
  publishOrderPlaced:
    action: send
    channel:
      $ref: '#/channels/orderPlaced'
    summary: Announce a new order.
    messages:
      - $ref: '#/channels/orderPlaced/messages/orderPlaced'
  consumePaymentCompleted:
    action: receive
    channel:
      $ref: '#/channels/paymentCompleted'
    summary: Mark an order as paid or failed.
    messages:
      - $ref: '#/channels/paymentCompleted/messages/paymentCompleted'
    bindings:
      kafka:
        groupId:
          type: string
          enum:
            - order-service
        bindingVersion: 0.5.0
components:
  messages:
    orderPlaced:
      name: OrderPlaced
      title: Order placed
      payload:
        $ref: '#/components/schemas/order'
      bindings:
        kafka:
          key:
            type: string
            format: uuid
            description: The order id.
          bindingVersion: 0.5.0
    paymentCompleted:
      name: PaymentCompleted
      title: Payment completed
      payload:
        type: object
        required:
          - orderId
          - status
        properties:
          orderId:
            type: string
            format: uuid
          status:
            type: string
            enum:
              - paid
              - declined
          completedAt:
            type: string
            format: date-time
  schemas:
    order:
      type: object
      required:
        - orderId
        - items
      properties:
        orderId:
          type: string
          format: uuid
        customerId:
          type: string
        items:
          type: array
          minItems: 1
          items:
            type: object
            required:
              - sku
              - quantity
            properties:
              sku:
                type: string
              quantity:
                type: integer
                minimum: 1
        total:
          type: number
          description: Order total in the shop's currency.
        placedAt:
          type: string
          format: date-time
`,
};
