// Metadata taken out of images on export, by their own segment structure: a JPEG keeps only the
// segments that decode the picture (JFIF, ICC colour profile, Adobe colour transform, tables, frames,
// scan), dropping EXIF and XMP (APP1), IPTC (APP13), comments and the other application segments; a PNG
// drops its text, EXIF and time chunks. Anything malformed gives null: the caller keeps the original
// and says it was not stripped.

const JPEG_KEEP_APP = new Set([0xe0, 0xe2, 0xee]); // APP0 JFIF, APP2 ICC profile, APP14 Adobe
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

export function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

export function isPng(bytes: Buffer): boolean {
  return bytes.length >= PNG_SIGNATURE.length && bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
}

/** Whether a marker stands alone (no length): TEM and the restart markers. */
function standalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

export function stripJpegMetadata(bytes: Buffer): Buffer | null {
  if (!isJpeg(bytes)) return null;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    // Fill bytes (0xFF runs) may precede a marker.
    let markerAt = at + 1;
    while (markerAt < bytes.length && bytes[markerAt] === 0xff) markerAt++;
    const marker = bytes[markerAt];
    if (marker === undefined) return null;
    if (marker === 0xd9) {
      kept.push(bytes.subarray(markerAt - 1, markerAt + 1));
      at = markerAt + 1;
      break;
    }
    if (standalone(marker)) {
      kept.push(bytes.subarray(markerAt - 1, markerAt + 1));
      at = markerAt + 1;
      continue;
    }
    if (markerAt + 2 >= bytes.length) return null;
    const length = bytes.readUInt16BE(markerAt + 1);
    const end = markerAt + 1 + length;
    if (length < 2 || end > bytes.length) return null;
    if (marker === 0xda) {
      // Start of scan: its entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      let next = end;
      while (next < bytes.length) {
        const following = bytes[next + 1];
        if (bytes[next] === 0xff && following !== undefined && following !== 0x00 && following !== 0xff && !(following >= 0xd0 && following <= 0xd7)) break;
        next++;
      }
      kept.push(bytes.subarray(markerAt - 1, next));
      at = next;
      continue;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const drop = marker === 0xfe || (isApp && !JPEG_KEEP_APP.has(marker));
    if (!drop) kept.push(bytes.subarray(markerAt - 1, end));
    at = end;
  }
  // Whatever trails the end-of-image marker is kept out: it can hide data too.
  return Buffer.concat(kept);
}

export function stripPngMetadata(bytes: Buffer): Buffer | null {
  if (!isPng(bytes)) return null;
  const kept: Buffer[] = [PNG_SIGNATURE];
  let at = PNG_SIGNATURE.length;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return null;
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    if (!PNG_DROP.has(type)) kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}
