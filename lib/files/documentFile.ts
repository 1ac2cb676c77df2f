import { messageOf } from '@/lib/errors/messageOf';

/** Files the studio opens: the edge where a file from disk becomes document text. */
export const ACCEPTED_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');
/** Larger files would make the editor itself sluggish; the analysis limit is lower still. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

export type ReadFileResult = { ok: true; name: string; text: string } | { ok: false; message: string };

export async function readDocumentFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<ReadFileResult> {
  const lower = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return { ok: false, message: `“${file.name}” was not opened: the studio opens .yaml, .yml and .json files.` };
  }
  if (file.size > MAX_OPEN_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    return { ok: false, message: `“${file.name}” was not opened: it is ${mb} MB, and the studio opens files up to 50 MB.` };
  }
  try {
    return { ok: true, name: file.name, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `“${file.name}” could not be read: ${messageOf(error)}` };
  }
}
