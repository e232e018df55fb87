// Random words with diacritics for property tests of search: a plain ASCII word and the same word
// with marks, stacked combining marks, dotless and barred letters and ayn/hamza signs added at random.
import fc from 'fast-check';

/**
 * Marked forms of each ASCII letter, written out here independently of the code under test: a
 * precomposed letter, or one whose mark is no separate character (ı ø ł đ ħ), in either case.
 */
const MARKED: Readonly<Record<string, string>> = {
  a: 'áàâäãåāăąǎạảấầẩẫậắằẳẵặÁÀÂÄÃÅĀĂĄẠẢẤẦẨẪẬẮẰẲẴẶ',
  c: 'çćĉċčÇĆĈĊČ',
  d: 'ďđḍḏĎĐḌ',
  e: 'éèêëēĕėęěẹẻẽếềểễệÉÈÊËĒĖĘĚẸẺẼẾỀỂỄỆ',
  g: 'ĝğġģǧĜĞĠĢǦ',
  h: 'ĥħḥḩẖĤĦḤ',
  i: 'íìîïĩīĭįıǐịỉÍÌÎÏĨĪĮİỊỈ',
  k: 'ķǩḳĶǨḲ',
  l: 'ĺļľŀłḷĹĻĽĿŁḶ',
  n: 'ńņňñṅṇŃŅŇÑṄṆ',
  o: 'óòôöõōŏőøǒọỏốồổỗộơớờởỡợÓÒÔÖÕŌŎŐØỌỎỐỒỔỖỘƠỚỜỞỠỢ',
  r: 'ŕŗřṛŔŖŘṚ',
  s: 'śŝşšșṣŚŜŞŠȘṢ',
  t: 'ţťțṭṯŢŤȚṬ',
  u: 'úùûüũūŭůűųưǔụủứừửữựÚÙÛÜŨŪŬŮŰŲƯỤỦỨỪỬỮỰ',
  w: 'ŵẁẃẅŴ',
  y: 'ýÿŷỳỵỷỹÝŸŶỲ',
  z: 'źżžẓŹŻŽẒ',
};
/** Combining marks that stack over a letter (Vietnamese ế is e + circumflex + acute). */
const COMBINING = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0304', '\u0306', '\u0308', '\u0309', '\u030c', '\u0323', '\u0327', '\u031b'];
/** Transliteration marks for ayn and hamza, and apostrophes, that a plain spelling leaves out. */
const SIGNS = ['ʿ', 'ʾ', 'ʻ', "'"];

/** A plain word of ASCII letters, and the same word with random marks and signs. */
export const diacriticWord = fc
  .array(fc.constantFrom(...'abcdefghijklmnoprstuvwyz'), { minLength: 2, maxLength: 10 })
  .chain((plain) =>
    fc
      .tuple(
        ...plain.map((letter) =>
          fc.oneof(
            fc.constant(letter),
            fc.constant(letter.toUpperCase()),
            ...(MARKED[letter] ? [fc.constantFrom(...Array.from(MARKED[letter] ?? ''))] : []),
            fc.array(fc.constantFrom(...COMBINING), { minLength: 1, maxLength: 2 }).map((marks) => letter + marks.join('')),
          ),
        ),
      )
      .chain((letters) =>
        fc.array(fc.constantFrom(...SIGNS), { minLength: letters.length, maxLength: letters.length }).chain((signs) =>
          fc.array(fc.boolean(), { minLength: letters.length, maxLength: letters.length }).map((put) => ({
            plain: plain.join(''),
            // A sign goes only between letters: before the first it would be a quote mark.
            marked: letters.map((l, i) => (i > 0 && put[i] && i % 3 === 0 ? (signs[i] ?? '') : '') + l).join(''),
          })),
        ),
      ),
  );

