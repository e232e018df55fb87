// The fonts every document uses: pdfmake's own Roboto, read from its virtual file system (a plain
// JS module) so no font file is opened at run time; it ships with the dependency in app.asar.
import vfsModule from 'pdfmake/build/vfs_fonts.js';

import type { PdfFontFaces, PdfMake } from 'pdfmake';

/** The module's exports whether it arrives as module.exports or as an ES namespace around it. */
function vfsFiles(): Record<string, string> {
  const loaded = vfsModule as Record<string, string> & { default?: Record<string, string> };
  return loaded.default ?? loaded;
}

const ROBOTO: PdfFontFaces = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};

/**
 * Puts Roboto's four faces into pdfmake's virtual file system (pdfmake takes fonts by file name,
 * not as bytes) and says which name is which face.
 */
export function installRoboto(virtualfs: PdfMake['virtualfs']): PdfFontFaces {
  const files = vfsFiles();
  for (const name of Object.values(ROBOTO)) {
    const base64 = files[name];
    if (base64 === undefined) throw new Error(`pdfmake's fonts lack ${name}`);
    virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  return ROBOTO;
}
