import { mimeTypeFor } from '@/lib/files/fileName';
import { messageOf } from '@/lib/errors/messageOf';

type Format = 'yaml' | 'json';

/** The File System Access API's part the studio uses; not in TypeScript's DOM types yet. */
interface WritableHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}
type SaveFilePicker = (options: {
  suggestedName: string;
  types: Array<{ description: string; accept: Record<string, string[]> }>;
}) => Promise<WritableHandle>;

/** A plain download through a Blob link: works in every browser, the browser picks the folder. */
export function downloadText(text: string, fileName: string, format: Format): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeTypeFor(format)};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute is ample before letting the Blob go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function picker(): SaveFilePicker | undefined {
  const candidate = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return typeof candidate === 'function' ? candidate.bind(window) : undefined;
}

export function canPickSaveFile(): boolean {
  return picker() !== undefined;
}

// The file each document was last saved to, so a second "Save to file" writes back to it without asking.
const remembered = new Map<string, WritableHandle>();

export function rememberedFileName(documentId: string): string | undefined {
  return remembered.get(documentId)?.name;
}

// A replacement of the whole text that is still the same document (a version upgrade in the same format).
let sameDocumentText: string | null = null;

/** Call before replacing the text with an edit of the same document, so the remembered file stays. */
export function keepSavedFileFor(text: string): void {
  sameDocumentText = text;
}

/** Any other whole-text replacement (a file, a template, the other format) must not be written over the old file. */
export function onWholeTextReplaced(documentId: string, text: string): void {
  if (text !== sameDocumentText) remembered.delete(documentId);
  sameDocumentText = null;
}

export type PickerSave = { ok: true; name: string } | { ok: false; cancelled: boolean; message: string };

/** Writes through the File System Access API, asking for a file only the first time (or when `askAgain`). */
export async function saveWithPicker(documentId: string, text: string, fileName: string, format: Format, askAgain: boolean): Promise<PickerSave> {
  const pick = picker();
  if (!pick) return { ok: false, cancelled: false, message: 'This browser cannot write to files directly.' };
  try {
    let handle = remembered.get(documentId);
    if (!handle || askAgain) {
      handle = await pick({
        suggestedName: fileName,
        types: [
          format === 'json'
            ? { description: 'JSON document', accept: { 'application/json': ['.json'] } }
            : { description: 'YAML document', accept: { 'application/yaml': ['.yaml', '.yml'] } },
        ],
      });
      remembered.set(documentId, handle);
    }
    const writable = await handle.createWritable();
    await writable.write(new Blob([text], { type: mimeTypeFor(format) }));
    await writable.close();
    return { ok: true, name: handle.name };
  } catch (error) {
    const cancelled = error instanceof DOMException && error.name === 'AbortError';
    return { ok: false, cancelled, message: messageOf(error) };
  }
}
