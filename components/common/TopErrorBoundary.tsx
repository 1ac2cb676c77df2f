'use client';

import { Component } from 'react';
import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Reads the user's current text, so it can be shown for copying when everything else failed. */
  readText: () => string;
}

/** The last line of defence: if the studio itself fails, the user's text is still shown to copy out. */
export class TopErrorBoundary extends Component<Props, { error: Error | null; text: string }> {
  state = { error: null as Error | null, text: '' };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch() {
    let text = '';
    try {
      text = this.props.readText();
    } catch {
      text = '(the text could not be read)';
    }
    this.setState({ text });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="top-failure" role="alert" data-testid="top-error">
        <h1>The studio ran into a problem</h1>
        <p>{this.state.error.message}</p>
        <p>Your document is below. Copy it before reloading; it is also kept in this browser’s storage.</p>
        <textarea readOnly value={this.state.text} aria-label="Your document" />
        <button type="button" onClick={() => window.location.reload()}>
          Reload the studio
        </button>
      </main>
    );
  }
}
