import type { ContentProblem } from '../../problems';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import type { ParsedFile } from '../../read';

/**
 * A title or name copied from Word or a web page often brings its quotation marks along:
 * “Update on the rollout”. The site quotes titles itself where they are cited, so the quotes
 * would show twice, in the heading, the tab and every list. Only a value wholly wrapped in one
 * pair is refused: quotes inside a text are the author's.
 */
const wrapped = /^\s*(“[^“”]*”|«[^«»]*»|‘[^‘’]*’|"[^"]*"|„[^„“”]*[“”]|‹[^‹›]*›)\s*$/su;

function quotedValues(value: unknown, path: (string | number)[]): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return wrapped.test(value) && value.trim().length > 2 ? [{ path, text: value.trim() }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => quotedValues(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => quotedValues(item, [...path, key]));
  return [];
}

export const quotedPlainText: ContentRule = {
  id: 'quoted-plain-text',
  summary: 'No field is wholly wrapped in quotation marks pasted with its text.',
  check(corpus) {
    return corpus.documents.flatMap((doc) =>
      (Object.values(doc.files) as ParsedFile[]).flatMap((file): ContentProblem[] =>
        quotedValues(file.data, []).map(({ path, text }) => ({
          file: file.file,
          line: file.lineOf(path),
          field: path.join('.'),
          message: checkText('rules.quoted-plain-text.quoted', { open: text[0]!, close: text.at(-1)! }),
          fix: checkText('rules.quoted-plain-text.quotedFix'),
        })),
      ),
    );
  },
};
