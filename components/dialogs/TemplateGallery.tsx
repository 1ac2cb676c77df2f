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
