import { checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { fieldTexts } from '../../views';

/**
 * A title or name copied from Word or a web page often brings its quotation marks along:
 * “Update on the rollout”. The site quotes titles itself where they are cited, so the quotes
 * would show twice, in the heading, the tab and every list. Only a value wholly wrapped in one
 * pair is refused: quotes inside a text are the author's.
 */
const wrapped = /^\s*(“[^“”]*”|«[^«»]*»|‘[^‘’]*’|"[^"]*"|„[^„“”]*[“”]|‹[^‹›]*›)\s*$/su;

export const quotedPlainText: ContentRule = {
  id: 'quoted-plain-text',
  summary: 'No field is wholly wrapped in quotation marks pasted with its text.',
  check(corpus) {
    return fieldTexts(corpus)
      .filter(({ text }) => wrapped.test(text) && text.trim().length > 2)
      .map(({ file, path, text }): ContentProblem => {
        const shown = text.trim();
        return {
          file: file.file,
          line: file.lineOf(path),
          field: path.join('.'),
          message: checkText('rules.quoted-plain-text.quoted', { open: shown[0]!, close: shown.at(-1)! }),
          fix: checkText('rules.quoted-plain-text.quotedFix'),
        };
      });
  },
};
