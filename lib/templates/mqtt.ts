import type { Template } from './template';

export const mqttTemplate: Template = {
  id: 'mqtt',
  title: 'MQTT',
  description: 'A smart-home hub on an MQTT 5 broker: it receives temperature readings per room and sends thermostat set-points, with QoS, session and last-will bindings.',
  protocol: 'mqtt',
  text: `asyncapi: 3.1.0
info:
  title: Home Climate Hub
  version: 1.0.0
  description: Collects room temperatures from sensors and tells each thermostat what to aim for.
  contact:
    name: Home automation team
    url: https://example.com/climate
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  broker:
    host: mqtt.example.com:8883
    protocol: mqtt
    protocolVersion: '5'
    description: Broker over TLS.
    bindings:
      mqtt:
        clientId: climate-hub
        cleanSession: false
        keepAlive: 60
        lastWill:
          topic: home/hub/status
          qos: 1
          message: offline
          retain: true
        bindingVersion: 0.2.0
channels:
  roomTemperature:
    address: home/{roomId}/temperature
    description: Readings a sensor publishes about once a minute.
    parameters:
      roomId:
        $ref: '#/components/parameters/roomId'
    messages:
      temperatureReading:
        $ref: '#/components/messages/temperatureReading'
  thermostatSetpoint:
    address: home/{roomId}/thermostat/setpoint
    parameters:
      roomId:
        $ref: '#/components/parameters/roomId'
    messages:
      setpoint:
        $ref: '#/components/messages/setpoint'
operations:
  receiveTemperature:
    action: receive
    channel:
      $ref: '#/channels/roomTemperature'
    summary: Store a room's latest temperature.
    messages:
      - $ref: '#/channels/roomTemperature/messages/temperatureReading'
    bindings:
      mqtt:
        qos: 1
        bindingVersion: 0.2.0
  sendSetpoint:
    action: send
    channel:
      $ref: '#/channels/thermostatSetpoint'
    summary: Tell a thermostat which temperature to reach.
    messages:
      - $ref: '#/channels/thermostatSetpoint/messages/setpoint'
    bindings:
      mqtt:
        qos: 2
        retain: true
        bindingVersion: 0.2.0
components:
  parameters:
    roomId:
      description: Identifier of the room, such as kitchen or bedroom-1.
      examples:
        - kitchen
  messages:
    temperatureReading:
      name: TemperatureReading
      title: Temperature reading
      payload:
        type: object
        required:
          - celsius
          - measuredAt
        properties:
          celsius:
            type: number
            minimum: -40
            maximum: 85
          humidity:
            type: number
            minimum: 0
            maximum: 100
            description: Relative humidity in percent, when the sensor has one.
          measuredAt:
            type: string
            format: date-time
      bindings:
        mqtt:
          payloadFormatIndicator: 1
          bindingVersion: 0.2.0
    setpoint:
      name: Setpoint
      title: Thermostat set-point
      payload:
        type: object
        required:
          - celsius
        properties:
          celsius:
            type: number
            minimum: 5
            maximum: 30
          until:
            type: string
            format: date-time
            description: When to return to the schedule; omitted means until changed.
`,
};
