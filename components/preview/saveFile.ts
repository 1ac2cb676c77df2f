/** Hands a file to the browser's download machinery (a Blob URL and an <a download>), with no server. */
export function saveFile({ fileName, mimeType, text }: { fileName: string; mimeType: string; text: string | Uint8Array }): void {
  const url = URL.createObjectURL(new Blob([text as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns; revoke once the download surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
