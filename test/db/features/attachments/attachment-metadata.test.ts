// Exporting without metadata: a JPEG loses its EXIF, XMP, IPTC and comments, a PNG its text, EXIF and
// time chunks, a PDF its author, title, producer and XMP; the picture or document itself is kept, the
// copy's size and hash are the ones answered and audited, and the stored original is unchanged.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

import { PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { stripJpegMetadata, stripPngMetadata } from '../../../../db/features/attachments/image-metadata';
import { addAttachment, readAttachment, sha256 } from '../../support/attachments';
import { auditFor, openCase } from '../../support/fixtures';
import { createTestVault, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

const AUTHOR = 'Kabirov Yerzhan Author';
const GPS = 'GPS 43.2389N 76.8897E';

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A small baseline JPEG's structure: JFIF, EXIF and XMP in APP1, IPTC in APP13, a comment, tables, a scan with a stuffed 0xFF. */
function jpegWithExif(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x02\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0MM\0*', 'latin1'), Buffer.from(`${GPS} Canon EOS`)])),
    segment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>${AUTHOR}</dc:creator></x:xmpmeta>`)),
    segment(0xed, Buffer.from(`Photoshop 3.0\0 IPTC ${AUTHOR}`)),
    segment(0xfe, Buffer.from(`comment by ${AUTHOR}`)),
    segment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01profile')),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.alloc(20, 2)),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4); // the stripper copies chunks as they are; the CRC is not its business
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
}

function pngWithText(): Buffer {
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from(`Author\0${AUTHOR}`, 'latin1')),
    pngChunk('iTXt', Buffer.from(`Description\0\0\0\0\0${GPS}`, 'latin1')),
    pngChunk('eXIf', Buffer.from(`MM\0*${GPS}`, 'latin1')),
    pngChunk('tIME', Buffer.from([7, 0xe9, 1, 1, 0, 0, 0])),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function pdfWithAuthor(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Verdict', { x: 20, y: 100 });
  doc.setAuthor(AUTHOR);
  doc.setTitle('Verdict of the Almaty court');
  doc.setSubject('Case 2-123/2025');
  doc.setKeywords(['verdict', 'appeal']);
  doc.setCreator('Scanner app');
  doc.setProducer('Office suite');
  const xmp = doc.context.stream(`<x:xmpmeta><dc:creator>${AUTHOR}</dc:creator></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

describe('metadata stripping', () => {
  it('drops the JPEG segments that carry metadata and keeps the picture', () => {
    const jpeg = jpegWithExif();
    const stripped = stripJpegMetadata(jpeg);
    if (!stripped) throw new Error('not stripped');
    expect(stripped.includes(AUTHOR)).toBe(false);
    expect(stripped.includes(GPS)).toBe(false);
    expect(stripped.includes('Exif')).toBe(false);
    expect(stripped.includes('JFIF')).toBe(true);
    expect(stripped.includes('ICC_PROFILE')).toBe(true);
    // Tables, frame and scan (with its stuffed byte and restart marker) survive byte for byte.
    expect(stripped.subarray(stripped.indexOf(Buffer.from([0xff, 0xdb])))).toEqual(jpeg.subarray(jpeg.indexOf(Buffer.from([0xff, 0xdb]))));
    expect(stripJpegMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeNull();
  });

  it('drops the PNG text, EXIF and time chunks', () => {
    const stripped = stripPngMetadata(pngWithText());
    if (!stripped) throw new Error('not stripped');
    expect(stripped.includes(AUTHOR)).toBe(false);
    expect(stripped.includes(GPS)).toBe(false);
    expect(['IHDR', 'IDAT', 'IEND'].every((t) => stripped.includes(t))).toBe(true);
    expect(['tEXt', 'iTXt', 'eXIf', 'tIME'].some((t) => stripped.includes(t))).toBe(false);
  });

  it('exports stripped copies through the backend, audited with both hashes, the original untouched', async () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const pdf = await pdfWithAuthor();
    expect(pdf.includes(AUTHOR)).toBe(true);
    const files = [
      { bytes: jpegWithExif(), fileName: 'photo.jpg', mediaType: 'image/jpeg' },
      { bytes: pngWithText(), fileName: 'scan.png', mediaType: 'image/png' },
      { bytes: pdf, fileName: 'verdict.pdf', mediaType: 'application/pdf' },
    ];
    for (const file of files) {
      const a = addAttachment(v, file.bytes, { caseId, fileName: file.fileName, mediaType: file.mediaType });
      const { opened, bytes } = readAttachment(v, a.id, { purpose: 'export', stripMetadata: true });
      expect(opened.stripped).toBe(true);
      expect(opened.size).toBe(bytes.length);
      expect(opened.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(bytes.length).toBeLessThan(file.bytes.length);
      expect(bytes.includes(AUTHOR)).toBe(false);
      expect(bytes.includes(GPS)).toBe(false);
      const audited = JSON.parse(auditFor(v, a.id).at(-1)?.changes ?? '{}') as Record<string, unknown>;
      expect(audited).toMatchObject({ purpose: 'export', sha256: sha256(file.bytes), stripped: true, strippedSha256: opened.sha256, strippedSize: bytes.length });
      // The original is kept as received.
      expect(readAttachment(v, a.id).bytes.equals(file.bytes)).toBe(true);
    }
    const doc = await PDFDocument.load(readAttachment(v, v.call('attachments.list', { caseId })[0]?.id ?? '', { purpose: 'export', stripMetadata: true }).bytes, { updateMetadata: false });
    expect([doc.getAuthor(), doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getCreator(), doc.getProducer()]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(doc.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    expect(doc.getPageCount()).toBe(1);

    // A kind it cannot strip is exported as it is, and says so.
    const text = addAttachment(v, Buffer.from('plain text'), { caseId, fileName: 'note.txt', mediaType: 'text/plain' });
    const plain = readAttachment(v, text.id, { purpose: 'export', stripMetadata: true });
    expect(plain.opened.stripped).toBe(false);
    expect(plain.bytes.toString()).toBe('plain text');
  });
});
