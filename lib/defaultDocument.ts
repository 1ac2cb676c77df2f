/** The document the studio opens with: a small, valid AsyncAPI 3.1.0 API written for this project. */
export const DEFAULT_DOCUMENT = `asyncapi: 3.1.0
info:
  title: Parcel Tracking Events
  version: 1.2.0
  description: |
    Events a parcel-delivery platform exchanges while a parcel travels
    from the depot to the customer's door.

    * Couriers' handhelds **send** location and delivery updates.
    * The tracking service **receives** them and notifies customers.
  contact:
    name: Platform team
    email: platform@example.com
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
  tags:
    - name: tracking
defaultContentType: application/json

servers:
  production:
    host: broker.parcels.example.com:9092
    protocol: kafka
    description: Kafka cluster that carries tracking events.
    security:
      - $ref: '#/components/securitySchemes/saslScram'
  handhelds:
    host: mqtt.parcels.example.com:8883
    protocol: mqtt
    protocolVersion: '5'
    description: MQTT broker the couriers' handhelds connect to.

channels:
  parcelLocation:
    address: parcels.{parcelId}.location
    description: The current position of a parcel, sent every few minutes while it moves.
    parameters:
      parcelId:
        $ref: '#/components/parameters/parcelId'
    messages:
      locationUpdated:
        $ref: '#/components/messages/locationUpdated'
  parcelDelivered:
    address: parcels.{parcelId}.delivered
    description: A parcel reached its recipient.
    parameters:
      parcelId:
        $ref: '#/components/parameters/parcelId'
    messages:
      parcelDelivered:
        $ref: '#/components/messages/parcelDelivered'

operations:
  reportLocation:
    action: send
    summary: A courier's handheld reports where a parcel is.
    channel:
      $ref: '#/channels/parcelLocation'
    messages:
      - $ref: '#/channels/parcelLocation/messages/locationUpdated'
  trackLocation:
    action: receive
    summary: The tracking service follows each parcel's position.
    channel:
      $ref: '#/channels/parcelLocation'
  confirmDelivery:
    action: receive
    summary: The tracking service closes a parcel's journey.
    channel:
      $ref: '#/channels/parcelDelivered'

components:
  parameters:
    parcelId:
      description: Identifier of the parcel, as printed on its label.
  securitySchemes:
    saslScram:
      type: scramSha512
      description: SASL/SCRAM credentials issued per service.
  messages:
    locationUpdated:
      name: LocationUpdated
      title: Location updated
      summary: A parcel's latest known position.
      contentType: application/json
      headers:
        $ref: '#/components/schemas/eventHeaders'
      payload:
        type: object
        required: [parcelId, latitude, longitude, recordedAt]
        properties:
          parcelId:
            $ref: '#/components/schemas/parcelId'
          latitude:
            type: number
            minimum: -90
            maximum: 90
          longitude:
            type: number
            minimum: -180
            maximum: 180
          recordedAt:
            type: string
            format: date-time
      examples:
        - name: inTransit
          headers:
            correlationId: 7f1c2e9a-1d7b-4c8e-9a61-0b6f0d3c2a11
            source: handheld-0042
          payload:
            parcelId: PX-2024-000731
            latitude: 52.3702
            longitude: 4.8952
            recordedAt: '2024-05-04T10:15:00Z'
    parcelDelivered:
      name: ParcelDelivered
      title: Parcel delivered
      contentType: application/json
      headers:
        $ref: '#/components/schemas/eventHeaders'
      payload:
        type: object
        required: [parcelId, deliveredAt]
        properties:
          parcelId:
            $ref: '#/components/schemas/parcelId'
          deliveredAt:
            type: string
            format: date-time
          signedBy:
            type: string
            description: Name the recipient signed with.
          proofOfDelivery:
            type: string
            enum: [signature, photo, pin]
  schemas:
    parcelId:
      type: string
      pattern: '^PX-[0-9]{4}-[0-9]{6}$'
      description: Parcel identifier.
    eventHeaders:
      type: object
      required: [correlationId]
      properties:
        correlationId:
          type: string
          format: uuid
          description: Links all events of one parcel journey.
        source:
          type: string
          description: The device or service that produced the event.
`;
