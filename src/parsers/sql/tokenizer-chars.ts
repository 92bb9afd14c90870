/** Zero-width and other invisible format characters that can hide inside a keyword: `DR\u200bOP`. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
const UNICODE_WORD = /[\p{L}\p{N}\p{M}\p{Pc}]/u;
const UNICODE_SPACE = /\s/;

/** Cyrillic and Greek capitals that look like Latin ones, so `DRОP` with a Cyrillic O still reads as DROP. */
const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  'АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ЅS ІI ЈJ ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX'
    .split(' ')
    .map((pair) => [pair[0], pair[1]]),
);
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/** How a word reads as a keyword: NFKC (fullwidth `ＤＲＯＰ` is DROP), invisibles removed, upper-cased. */
export function keywordForm(word: string): string {
  if (isAscii(word)) return word.toUpperCase();
  const upper = word.normalize('NFKC').replace(INVISIBLE, '').toUpperCase();
  return isAscii(upper) ? upper : upper.replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c);
}

export function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

export function isSpaceOrInvisible(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x80) return false;
  return isInvisible(code) || UNICODE_SPACE.test(String.fromCharCode(code));
}

/** A non-ASCII character that can be part of a word: letters, digits, marks, invisibles, astral characters. */
export function isUnicodeWordPart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isInvisible(code) || (code >= 0xd800 && code <= 0xdfff)) return true;
  return UNICODE_WORD.test(text[i]!);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
