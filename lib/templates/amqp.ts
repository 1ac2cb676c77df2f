import type { Template } from './template';

export const amqpTemplate: Template = {
  id: 'amqp',
  title: 'AMQP (RabbitMQ)',
  description: 'An email notifier on RabbitMQ: it consumes sign-up events from a durable queue and publishes delivery reports to a topic exchange.',
  protocol: 'amqp',
  text: `asyncapi: 3.1.0
info:
  title: Email Notifier
  version: 1.0.0
  description: Sends a welcome email to every new user and reports whether it was delivered.
  contact:
    name: Messaging team
    email: messaging@example.com
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  rabbitmq:
    host: rabbitmq.example.com:5672
    protocol: amqp
    protocolVersion: 0.9.1
    description: RabbitMQ, virtual host /notifications.
channels:
  welcomeEmails:
    address: notifier.welcome-emails
    description: The queue the notifier consumes, bound to user.signed-up on the users exchange.
    messages:
      userSignedUp:
        $ref: '#/components/messages/userSignedUp'
    bindings:
      amqp:
        is: queue
        queue:
          name: notifier.welcome-emails
          durable: true
          exclusive: false
          autoDelete: false
          vhost: /notifications
        bindingVersion: 0.3.0
  deliveryReports:
    address: email.delivery.{outcome}
    description: Routing key on the notifications exchange.
    parameters:
      outcome:
        enum:
          - delivered
          - bounced
        description: How the delivery ended.
    messages:
      deliveryReport:
        $ref: '#/components/messages/deliveryReport'
    bindings:
      amqp:
        is: routingKey
        exchange:
          name: notifications
          type: topic
          durable: true
          autoDelete: false
          vhost: /notifications
        bindingVersion: 0.3.0
operations:
  consumeUserSignedUp:
    action: receive
    channel:
      $ref: '#/channels/welcomeEmails'
    summary: Send a welcome email to a new user.
    messages:
      - $ref: '#/channels/welcomeEmails/messages/userSignedUp'
    bindings:
      amqp:
        ack: true
        bindingVersion: 0.3.0
  publishDeliveryReport:
    action: send
    channel:
      $ref: '#/channels/deliveryReports'
    summary: Report how the delivery of an email ended.
    messages:
      - $ref: '#/channels/deliveryReports/messages/deliveryReport'
    bindings:
      amqp:
        deliveryMode: 2
        expiration: 86400000
        mandatory: true
        timestamp: true
        bindingVersion: 0.3.0
components:
  messages:
    userSignedUp:
      name: UserSignedUp
      title: User signed up
      payload:
        type: object
        required:
          - userId
          - email
        properties:
          userId:
            type: string
          email:
            type: string
            format: email
          displayName:
            type: string
          locale:
            type: string
            examples:
              - en-GB
      bindings:
        amqp:
          contentEncoding: utf-8
          messageType: user.signed-up
          bindingVersion: 0.3.0
    deliveryReport:
      name: DeliveryReport
      title: Email delivery report
      payload:
        type: object
        required:
          - userId
          - outcome
        properties:
          userId:
            type: string
          outcome:
            type: string
            enum:
              - delivered
              - bounced
          reason:
            type: string
            description: Why the email bounced, as the mail server put it.
      bindings:
        amqp:
          messageType: email.delivery-report
          bindingVersion: 0.3.0
`,
};
