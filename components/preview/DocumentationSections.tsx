'use client';

import { Component, memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Info } from '@asyncapi/react-component/lib/esm/containers/Info/Info';
import { Servers } from '@asyncapi/react-component/lib/esm/containers/Servers/Servers';
import { ConfigContext } from '@asyncapi/react-component/lib/esm/contexts/useConfig';
import { SpecificationContext } from '@asyncapi/react-component/lib/esm/contexts/useSpec';
import type { SectionFingerprints } from '@/lib/analysis/sectionFingerprints';
import { documentFromJson } from '@/lib/docs/documentFromJson';
import { DOCUMENTATION_CONFIG } from './documentationConfig';
import { StreamedLists } from './StreamedLists';

/**
 * @asyncapi/react-component's sections (the ones its without-parser build renders), in the component's
 * own markup, around a document the worker already parsed. Its own wrappers are left out because of what
 * they do on every new document: the standalone component copies the document into state from
 * componentDidUpdate (a second, synchronous render of everything), and its error boundary changes its
 * key after each render (everything unmounted and built again). On a large document each of those is a
 * task of a second or more; without them a new document is one render, which React time-slices.
 * The lists (operations, messages, schemas) stream in after the first screen (StreamedLists).
 */
export const DocumentationSections = memo(function DocumentationSections({
  documentJson,
  fingerprints,
}: {
  documentJson: string;
  /** The worker's hashes of each list item, for this same version: unchanged items are not rendered again. */
  fingerprints?: SectionFingerprints;
}) {
  // Rebuilt without parsing; a document that cannot be rebuilt throws to the boundary around this.
  const document = useMemo(() => documentFromJson(documentJson), [documentJson]);
  return (
    <ConfigContext.Provider value={DOCUMENTATION_CONFIG}>
      <SpecificationContext.Provider value={document}>
        <section className="aui-root">
          <div className="container:xl relative md:flex bg-white leading-normal">
            <div className="panel--center relative py-8 flex-1">
              <div className="relative z-10">
                <Info />
                <Servers />
                <StreamedLists document={document} fingerprints={fingerprints} />
              </div>
              <div className="panel--right absolute top-0 right-0 h-full bg-gray-800" />
            </div>
          </div>
        </section>
      </SpecificationContext.Provider>
    </ConfigContext.Provider>
  );
});

interface BoundaryProps {
  resetKey: string;
  children: ReactNode;
}

/** A document the sections cannot render gets a message; the next document gets a fresh try. */
export class SectionsErrorBoundary extends Component<BoundaryProps, { error: Error | null; resetKey: string }> {
  constructor(props: BoundaryProps) {
    super(props);
    this.state = { error: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: Error | null; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <p className="preview-message" role="alert">
        The documentation could not be shown: {this.state.error.message}
      </p>
    );
  }
}
