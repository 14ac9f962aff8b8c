import { type CheckKey, checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { fieldTexts } from '../../views';

/**
 * Characters checked in what YAML makes of a field, not in the file's bytes: an escape such as
 * "\u200B" or "\uD800" is plain ASCII in the file and only becomes the character once parsed.
 * Invisible characters hide in a title and break search; control and direction characters
 * cannot be carried by a page, a feed or a calendar; half of a character shows as "�".
 */
const invisible: Record<string, CheckKey> = {
  '\u200B': 'rules.text-characters.zeroWidthSpace',
  '\u200C': 'rules.text-characters.zeroWidthNonJoiner',
  '\u200D': 'rules.text-characters.zeroWidthJoiner',
  '\u2060': 'rules.text-characters.wordJoiner',
  '\u00AD': 'rules.text-characters.softHyphen',
  '\u200E': 'rules.text-characters.directionMark',
  '\u200F': 'rules.text-characters.directionMark',
  '\u061C': 'rules.text-characters.directionMark',
  '\uFEFF': 'rules.text-characters.byteOrderMark',
};
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const loneSurrogate = /\p{Surrogate}/u;
const codeOf = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function problemIn(text: string): Pick<ContentProblem, 'message'> | undefined {
  const surrogate = loneSurrogate.exec(text);
  if (surrogate) return { message: checkText('rules.text-characters.surrogate', { code: codeOf(surrogate[0]) }) };
  const bad = control.exec(text);
  if (bad) return { message: checkText('rules.text-characters.control', { code: codeOf(bad[0]) }) };
  const hidden = [...text].find((character) => character in invisible);
  return hidden ? { message: checkText('rules.text-characters.invisible', { code: codeOf(hidden), name: checkText(invisible[hidden]!) }) } : undefined;
}

export const textCharacters: ContentRule = {
  id: 'text-characters',
  summary: 'No field holds, once parsed, an invisible, control or direction character or half of a character.',
  check(corpus) {
    return fieldTexts(corpus).flatMap(({ file, path, text }): ContentProblem[] => {
      const found = problemIn(text);
      return found ? [{ file: file.file, line: file.lineOf(path), field: path.join('.'), ...found, fix: checkText('rules.text-characters.fix') }] : [];
    });
  },
};
