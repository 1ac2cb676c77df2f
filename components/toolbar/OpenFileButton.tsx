'use client';

import { useRef } from 'react';
import { FolderOpen } from 'lucide-react';
import { ACCEPT_ATTRIBUTE } from '@/lib/files/documentFile';
import { useOpenFile } from '@/components/editor/useOpenFile';
import { ToolbarButton } from './ToolbarButton';

/** Opens a .yaml, .yml or .json file from disk. */
export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  const openFile = useOpenFile();
  return (
    <>
      <ToolbarButton icon={FolderOpen} label="Open" labelMode="optional" hint="Open a file (.yaml, .yml, .json)" shortcut="Ctrl/Cmd+O" onClick={() => input.current?.click()} />
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
