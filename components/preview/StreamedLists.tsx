'use client';

import { memo, useMemo } from 'react';
import { Message } from '@asyncapi/react-component/lib/esm/containers/Messages/Message';
import { Operation } from '@asyncapi/react-component/lib/esm/containers/Operations/Operation';
import { Schema } from '@asyncapi/react-component/lib/esm/containers/Schemas/Schema';
import { CommonHelpers } from '@asyncapi/react-component/lib/esm/helpers/common';
import type { documentFromJson } from '@/lib/docs/documentFromJson';
import { DOCUMENTATION_CONFIG } from './documentationConfig';
import { useStreamedCount } from './useStreamedCount';

// The parser's model types, reached through the rebuilt document (UI code does not import the parser).
type DocumentModel = ReturnType<typeof documentFromJson>;
type Components = ReturnType<DocumentModel['components']>;
type OperationInterface = ReturnType<ReturnType<DocumentModel['operations']>['all']>[number];
type MessageInterface = ReturnType<ReturnType<Components['messages']>['all']>[number];
type SchemaInterface = ReturnType<ReturnType<Components['schemas']>['all']>[number];

const config = DOCUMENTATION_CONFIG;

// Items in the component's own markup (its Operations/Messages/Schemas containers render the same, all at once).
const OperationItem = memo(function OperationItem({ operation }: { operation: OperationInterface }) {
  const channel = operation.channels().all()[0];
  const type = CommonHelpers.getOperationType(operation);
  return (
    <li className="mb-12" id={CommonHelpers.getOperationIdentifier({ operation, config })}>
      {/* The component's own type for the channel is not optional, though an operation may have none. */}
      <Operation type={type} operation={operation} channelName={channel?.address() ?? ''} channel={channel!} />
    </li>
  );
});

const MessageItem = memo(function MessageItem({ message, index }: { message: MessageInterface; index: number }) {
  return (
    <li className="mb-4" id={CommonHelpers.getIdentifier(`message-${message.id()}`, config)}>
      <Message messageName={message.id()} message={message} index={index} showExamples={config.show?.messageExamples ?? false} />
    </li>
  );
});

const SchemaItem = memo(function SchemaItem({ schema }: { schema: SchemaInterface }) {
  return (
    <li className="mb-4" id={CommonHelpers.getIdentifier(`schema-${schema.id()}`, config)}>
      <Schema schemaName={schema.id()} schema={schema} />
    </li>
  );
});

function ListSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={CommonHelpers.getIdentifier(id, config)} className="mt-16">
      <h2 className="2xl:w-7/12 text-3xl font-light mb-4 px-8">{title}</h2>
      <ul>{children}</ul>
    </section>
  );
}

/**
 * Operations, then messages, then schemas: the first screen of operations with the first paint, the rest
 * streamed in after it, list by list (see useStreamedCount).
 */
export function StreamedLists({ document }: { document: DocumentModel }) {
  const operations = useMemo(() => document.operations().all(), [document]);
  const components = useMemo(() => (document.components().isEmpty() ? undefined : document.components()), [document]);
  const messages = useMemo(() => components?.messages().all() ?? [], [components]);
  const schemas = useMemo(() => components?.schemas().all() ?? [], [components]);
  const shownOperations = useStreamedCount(operations.length);
  const shownMessages = useStreamedCount(messages.length, shownOperations >= operations.length);
  const shownSchemas = useStreamedCount(schemas.length, shownOperations >= operations.length && shownMessages >= messages.length);
  return (
    <>
      {operations.length > 0 && (
        <ListSection id="operations" title="Operations">
          {operations.slice(0, shownOperations).map((operation) => (
            <OperationItem key={`${CommonHelpers.getOperationType(operation)}-${operation.id()}`} operation={operation} />
          ))}
        </ListSection>
      )}
      {shownMessages > 0 && (
        <ListSection id="messages" title="Messages">
          {messages.slice(0, shownMessages).map((message, i) => (
            <MessageItem key={message.id()} message={message} index={i + 1} />
          ))}
        </ListSection>
      )}
      {shownSchemas > 0 && (
        <ListSection id="schemas" title="Schemas">
          {schemas.slice(0, shownSchemas).map((schema) => (
            <SchemaItem key={schema.id()} schema={schema} />
          ))}
        </ListSection>
      )}
    </>
  );
}
