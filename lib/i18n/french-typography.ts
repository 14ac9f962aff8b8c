/**
 * French typography (Office québécois de la langue française), for every French text the site
 * publishes: a non-breaking space before ":" and inside « », a narrow one before ";", "!" and
 * "?" (added where none was typed, put in place of a plain one), and the typographic apostrophe
 * (’) for the straight one between letters. It keeps a colon from wrapping to the start of a
 * line, and it is what staff would get from a French word processor, whatever they typed. Web
 * addresses, times and numbers are left alone: a colon or question mark not followed by a space
 * (https://, 10:30, ?p=1) is not punctuation.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:/g, '\u00a0:')
    .replace(/(?<=[^\s\u00a0\u202f«(])(:)(?=[\s»)]|$)/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/(?<=[^\s\u00a0\u202f«(;!?])([;!?])(?=[\s»);!?]|$)/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»')
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}
