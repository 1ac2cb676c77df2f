// Real servers for the live-connection tests, started and stopped by the tests themselves on 127.0.0.1
// (free ports; each start() resolves to { url, stop() } and fails with the server's log when it cannot
// start). Used by the Vitest integration tests in lib/live/ and, once the panel exists, by Playwright.
export type { RunningServer } from './live/process';
export { startNatsServer } from './live/natsServer';
export { startMqttBroker } from './live/mqttBroker';
export { startMosquitto } from './live/mosquitto';
export { startRabbitStomp } from './live/rabbitStomp';
export type { RunningRabbit } from './live/rabbitStomp';
export { startWebSocketHub, startSseHub } from './live/nodeServers';
export type { WebSocketHub, SseHub, ReceivedRequest } from './live/nodeServers';
export { startKafkaBridgeStandIn } from './live/kafkaBridgeStandIn';
export type { KafkaBridgeStandIn } from './live/kafkaBridgeStandIn';
