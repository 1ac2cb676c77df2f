import { amqpTemplate } from './amqp';
import { emptyTemplate } from './empty';
import { httpSseTemplate } from './httpSse';
import { kafkaTemplate } from './kafka';
import { mqttTemplate } from './mqtt';
import { natsTemplate } from './nats';
import { requestReplyTemplate } from './requestReply';
import type { Template } from './template';
import { websocketTemplate } from './websocket';

export type { Template } from './template';

/** The new-document gallery, in display order. */
export const templates: ReadonlyArray<Template> = [
  kafkaTemplate,
  mqttTemplate,
  amqpTemplate,
  websocketTemplate,
  natsTemplate,
  httpSseTemplate,
  requestReplyTemplate,
  emptyTemplate,
];

export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
