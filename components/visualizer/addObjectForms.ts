import type { GuideState } from '@/state/visualEditSlice';
import type { VisualAction } from '@/lib/edit/visualActions';
import { formatPointer } from '@/lib/edit/pointer';

export type AddKind = 'server' | 'channel' | 'operation' | 'message';

export const ADD_KINDS: ReadonlyArray<{ kind: AddKind; label: string; help: string }> = [
  { kind: 'server', label: 'Server', help: 'A broker or endpoint the application connects to' },
  { kind: 'channel', label: 'Channel', help: 'A topic, queue or path messages travel on' },
  { kind: 'operation', label: 'Operation', help: 'The application sends to or receives from a channel' },
  { kind: 'message', label: 'Message', help: 'What travels on a channel, with its payload' },
];

export interface AddField {
  name: string;
  label: string;
  required: boolean;
  /** A select among these values (pointers for channels and messages); a text input when absent. */
  options?: string[];
  placeholder?: string;
}

/** The questions to add an object of a kind; choices of channels, messages and protocols come from the document (the guide's view of it). */
export function addFields(kind: AddKind, guide: GuideState | null): AddField[] {
  const options = (step: string, field: string) => guide?.steps.find((s) => s.id === step)?.fields.find((f) => f.name === field)?.options ?? [];
  switch (kind) {
    case 'server':
      return [
        { name: 'name', label: 'Name', required: true, placeholder: 'production' },
        { name: 'host', label: 'Host', required: true, placeholder: 'broker.example.com:9092' },
        { name: 'protocol', label: 'Protocol', required: true, options: options('server', 'protocol') },
      ];
    case 'channel':
      return [
        { name: 'name', label: 'Name', required: true, placeholder: 'orderPlaced' },
        { name: 'address', label: 'Address', required: false, placeholder: 'orders.placed (default: the name)' },
      ];
    case 'operation':
      return [
        { name: 'name', label: 'Name', required: true, placeholder: 'publishOrderPlaced' },
        { name: 'action', label: 'Action', required: true, options: ['send', 'receive'] },
        { name: 'channel', label: 'Channel', required: true, options: options('operation', 'channel') },
        { name: 'message', label: 'Message', required: false, options: options('operation', 'message') },
      ];
    case 'message':
      return [
        { name: 'name', label: 'Name', required: true, placeholder: 'OrderPlaced' },
        { name: 'channel', label: 'Carried by channel', required: false, options: options('message', 'channel') },
      ];
  }
}

/** The visual action for the answers, and the pointer of the object it makes (to select it afterwards). */
export function addAction(kind: AddKind, answers: Record<string, string>, beforeV3: boolean): { action: VisualAction; pointer: string } | { missing: string[] } {
  const value = (name: string) => answers[name]?.trim() ?? '';
  // Selects start on a choice; only a select with nothing to choose (an operation with no channel yet) can be empty.
  const missing = addFields(kind, null)
    .filter((f) => f.required && !value(f.name) && (!f.options || f.name === 'channel'))
    .map((f) => f.label);
  if (missing.length > 0) return { missing };
  const name = value('name');
  switch (kind) {
    case 'server':
      return { action: { kind: 'add-server', name, host: value('host'), protocol: value('protocol') || 'kafka' }, pointer: formatPointer(['servers', name]) };
    case 'channel':
      return { action: { kind: 'add-channel', name, ...(value('address') ? { address: value('address') } : {}) }, pointer: formatPointer(['channels', name]) };
    case 'operation': {
      const action = value('action') === 'receive' ? 'receive' : 'send';
      const channel = value('channel');
      // 2.x: the operation is the channel's publish/subscribe, named from the client's side.
      const pointer = beforeV3 ? `${channel}/${action === 'send' ? 'subscribe' : 'publish'}` : formatPointer(['operations', name]);
      return { action: { kind: 'add-operation', name, action, channel, messages: value('message') ? [value('message')] : [] }, pointer };
    }
    case 'message':
      return { action: { kind: 'add-message', name, ...(value('channel') ? { channel: value('channel') } : {}) }, pointer: formatPointer(['components', 'messages', name]) };
  }
}
