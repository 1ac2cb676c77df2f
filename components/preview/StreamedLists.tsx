'use client';

import { memo, useMemo } from 'react';
import { Message } from '@asyncapi/react-component/lib/esm/containers/Messages/Message';
import { Operation } from '@asyncapi/react-component/lib/esm/containers/Operations/Operation';
import { Schema } from '@asyncapi/react-component/lib/esm/containers/Schemas/Schema';
import { SpecificationContext } from '@asyncapi/react-component/lib/esm/contexts/useSpec';
import { CommonHelpers } from '@asyncapi/react-component/lib/esm/helpers/common';
import type { SectionFingerprints } from '@/lib/analysis/sectionFingerprints';
import { versionOnlyDocument } from '@/lib/docs/documentFromJson';
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

/**
 * An item renders again only when what it shows changed: its props are new (a streaming step re-renders the list
 * with the same ones) and its fingerprint (the worker's hash of its part of the document) differs or is missing.
 * Each new version of the document brings new model objects for every item, and re-rendering all of them made
 * React's commit a long task after every edit of a large document.
 */
function unchanged<P extends { fingerprint?: string }>(prev: P, next: P): boolean {
  const keys = Object.keys(next) as Array<keyof P>;
  if (keys.every((key) => prev[key] === next[key])) return true;
  return prev.fingerprint !== undefined && prev.fingerprint === next.fingerprint && keys.every((key) => key === 'fingerprint' || typeof next[key] === 'object' || prev[key] === next[key]);
}

// Items in the component's own markup (its Operations/Messages/Schemas containers render the same, all at once).
const OperationItem = memo(function OperationItem({ operation }: { operation: OperationInterface; fingerprint?: string }) {
  const channel = operation.channels().all()[0];
  const type = CommonHelpers.getOperationType(operation);
  return (
    <li className="mb-12" id={CommonHelpers.getOperationIdentifier({ operation, config })}>
      {/* The component's own type for the channel is not optional, though an operation may have none. */}
      <Operation type={type} operation={operation} channelName={channel?.address() ?? ''} channel={channel!} />
    </li>
  );
}, unchanged);

const MessageItem = memo(
  function MessageItem({ message, index }: { message: MessageInterface; index: number; fingerprint?: string }) {
    return (
      <li className="mb-4" id={CommonHelpers.getIdentifier(`message-${message.id()}`, config)}>
        <Message messageName={message.id()} message={message} index={index} showExamples={config.show?.messageExamples ?? false} />
      </li>
    );
  },
  unchanged,
);

const SchemaItem = memo(function SchemaItem({ schema }: { schema: SchemaInterface; fingerprint?: string }) {
  return (
    <li className="mb-4" id={CommonHelpers.getIdentifier(`schema-${schema.id()}`, config)}>
      <Schema schemaName={schema.id()} schema={schema} />
    </li>
  );
}, unchanged);

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
export function StreamedLists({ document, fingerprints }: { document: DocumentModel; fingerprints?: SectionFingerprints }) {
  const operations = useMemo(() => document.operations().all(), [document]);
  const components = useMemo(() => (document.components().isEmpty() ? undefined : document.components()), [document]);
  const messages = useMemo(() => components?.messages().all() ?? [], [components]);
  const schemas = useMemo(() => components?.schemas().all() ?? [], [components]);
  // The items read only the document's version through the component's context (an operation's badge): they
  // get a document of that version alone, one per version, so an edit neither renders each of them again past
  // its memo (a new context value would) nor keeps an older document in memory.
  const version = document.version();
  const itemsSpec = useMemo(() => versionOnlyDocument(version), [version]);
  const shownOperations = useStreamedCount(operations.length);
  const shownMessages = useStreamedCount(messages.length, shownOperations >= operations.length);
  const shownSchemas = useStreamedCount(schemas.length, shownOperations >= operations.length && shownMessages >= messages.length);
  return (
    <SpecificationContext.Provider value={itemsSpec}>
      {operations.length > 0 && (
        <ListSection id="operations" title="Operations">
          {operations.slice(0, shownOperations).map((operation, i) => (
            <OperationItem key={`${CommonHelpers.getOperationType(operation)}-${operation.id()}`} operation={operation} fingerprint={fingerprints?.operations[i]} />
          ))}
        </ListSection>
      )}
      {shownMessages > 0 && (
        <ListSection id="messages" title="Messages">
          {messages.slice(0, shownMessages).map((message, i) => (
            <MessageItem key={message.id()} message={message} index={i + 1} fingerprint={fingerprints?.messages[i]} />
          ))}
        </ListSection>
      )}
      {shownSchemas > 0 && (
        <ListSection id="schemas" title="Schemas">
          {schemas.slice(0, shownSchemas).map((schema, i) => (
            <SchemaItem key={schema.id()} schema={schema} fingerprint={fingerprints?.schemas[i]} />
          ))}
        </ListSection>
      )}
    </SpecificationContext.Provider>
  );
}
