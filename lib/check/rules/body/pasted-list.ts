import { visit } from 'unist-util-visit';
import type { Paragraph } from 'mdast';
import type { ContentProblem } from '../../problems';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles } from '../../views';

/**
 * A list pasted from Word keeps Word's bullets (•, ◦, ▪, the Symbol font's private U+F0B7, or a
 * tab before a hyphen) or its numbering (a number or letter, a period or parenthesis, then a
 * tab). Markdown does not read those lines as a list: they run into one paragraph, with the
 * bullet as text. Found on the lines of the body's paragraphs, so a real Markdown list passes.
 */
const bullet = /^[ \t]*([•◦▪▫●○■□·‣⁃∙\uF0B7\uF0A7\uF0D8\uF076])[ \t\u00a0]*/u;
const dashAfterTab = /^\t+([-–—*])[ \t]/;
const wordNumber = /^[ \t]*(\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\t/;

export const pastedList: ContentRule = {
  id: 'pasted-list',
  summary: 'No line of a paragraph starts with a bullet or a number pasted from Word: lists are Markdown lists.',
  check(corpus) {
    return markdownFiles(corpus).flatMap((file) => {
      const lines = file.body.text.split('\n');
      const problems: ContentProblem[] = [];
      visit(file.body.tree, 'paragraph', (paragraph: Paragraph) => {
        const first = paragraph.position?.start.line;
        const last = paragraph.position?.end.line;
        if (first === undefined || last === undefined) return;
        for (let line = first; line <= last; line += 1) {
          const text = lines[line - 1] ?? '';
          const at = bodyLine(file, { position: { start: { line } } });
          const pasted = bullet.exec(text) ?? dashAfterTab.exec(text);
          if (pasted) {
            problems.push({ file: file.file, line: at, field: 'body', message: checkText('rules.pasted-list.bullet', { bullet: pasted[1]!.replace(/[\uE000-\uF8FF]/u, '') || '•' }), fix: checkText('rules.pasted-list.bulletFix', { marker: '"- "' }) });
            continue;
          }
          const numbered = wordNumber.exec(text);
          if (numbered) {
            problems.push({ file: file.file, line: at, field: 'body', message: checkText('rules.pasted-list.numbered', { number: numbered[1]! }), fix: checkText('rules.pasted-list.numberedFix', { example: '"1. "' }) });
          }
        }
      });
      return problems;
    });
  },
};
