// Handing bytes the backend made (a report's CSV, a dossier, a submission pack, an exported
// attachment) to the browser's download under a name: Electron asks where to save it. The object
// URL lives in memory only for the click; nothing is written anywhere until the user chooses a place.

/** Saves the parts (text, or bytes) as one file under the given name. */
export function downloadParts(filename: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; revoke on the next turn to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The bytes of a base64 string (what the backend sends across the boundary). */
export function bytesOfBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves a file the backend sent as base64. */
export function downloadBase64(filename: string, data: string, type: string): void {
  downloadParts(filename, [bytesOfBase64(data)], type);
}
