// A file's bytes as base64 for the imports.* calls. Encoded in slices whose length is a multiple
// of 3, so each slice's base64 joins the next without padding and no call ever spreads 25 MiB of
// arguments onto the stack (String.fromCharCode(...all) overflows it long before that).
const SLICE = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE) {
    const slice = bytes.subarray(start, start + SLICE);
    let binary = '';
    for (let i = 0; i < slice.length; i += 4096) binary += String.fromCharCode(...slice.subarray(i, i + 4096));
    parts.push(btoa(binary));
  }
  return parts.join('');
}
