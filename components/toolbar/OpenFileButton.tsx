'use client';

import { useRef } from 'react';
import { ACCEPT_ATTRIBUTE } from '@/lib/files/documentFile';
import { useOpenFile } from '@/components/editor/useOpenFile';

/** Opens a .yaml, .yml or .json file from disk. */
export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  const openFile = useOpenFile();
  return (
    <>
      <button type="button" className="toolbar-button" onClick={() => input.current?.click()} title="Open a file (.yaml, .yml, .json)">
        Open…
      </button>
      <input
        ref={input}
        data-testid="open-file-input"
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
    </>
  );
}
