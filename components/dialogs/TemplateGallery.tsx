'use client';

import { templates } from '@/lib/templates';
import { useStudioStore } from '@/state/useStudio';
import { Modal } from './Modal';
import { openAsNewDocument } from './openTemplate';

/** The new-document gallery: one card per template, with what it shows. */
export default function TemplateGallery() {
  const store = useStudioStore();
  const close = () => store.getState().closeDialog();
  return (
    <Modal title="New document from a template" testId="template-gallery" onClose={close} size="large">
      <div className="template-grid">
        <button
          type="button"
          data-testid="start-guide"
          className="template-card template-card-guide"
          onClick={() => {
            const state = store.getState();
            state.closeDialog();
            state.openDocument('', 'new-api.yaml');
            state.openDialog('guide');
          }}
        >
          <span className="template-title">Empty 3.1 document, step by step</span>
          <span className="template-protocol">guide</span>
          <span className="template-description">Start from nothing: a short guide asks for your API, a server, a channel, a message and its payload, and an operation, and writes a valid AsyncAPI 3.1 document. No YAML to type.</span>
        </button>
        {templates.map((template) => (
          <button
            key={template.id}
            type="button"
            data-testid="template"
            data-template-id={template.id}
            className="template-card"
            onClick={() => {
              store.getState().closeDialog();
              openAsNewDocument(store, template.text, template.title);
            }}
          >
            <span className="template-title">{template.title}</span>
            <span className="template-protocol">{template.protocol}</span>
            <span className="template-description">{template.description}</span>
          </button>
        ))}
      </div>
    </Modal>
  );
}
