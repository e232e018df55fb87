// The fonts every document uses: pdfmake's own Roboto, read from its font module (plain JS holding
// the files in base64) so no font file is opened at run time; it ships with the dependency in app.asar.
import vfsModule from 'pdfmake/build/vfs_fonts.js';

import type { PdfFontFaces } from 'pdfmake/js/PDFDocument.js';

/** The module's exports whether it arrives as module.exports or as an ES namespace around it. */
function vfsFiles(): Record<string, string> {
  const loaded = vfsModule as Record<string, string> & { default?: Record<string, string> };
  return loaded.default ?? loaded;
}

function face(files: Record<string, string>, name: string): Buffer {
  const base64 = files[name];
  if (base64 === undefined) throw new Error(`pdfmake's fonts lack ${name}`);
  return Buffer.from(base64, 'base64');
}

let roboto: PdfFontFaces | null = null;

/** Roboto's four faces, decoded once per process. */
export function robotoFaces(): PdfFontFaces {
  if (roboto === null) {
    const files = vfsFiles();
    roboto = {
      normal: face(files, 'Roboto-Regular.ttf'),
      bold: face(files, 'Roboto-Medium.ttf'),
      italics: face(files, 'Roboto-Italic.ttf'),
      bolditalics: face(files, 'Roboto-MediumItalic.ttf'),
    };
  }
  return roboto;
}
