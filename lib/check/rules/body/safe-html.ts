import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles } from '../../views';

/** Raw HTML that must never reach a page, whatever the sanitizer would do with it. */
const forbiddenHtml: { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*script\b/i, what: 'a <script> tag' },
  { pattern: /<\s*iframe\b/i, what: 'an <iframe> tag' },
  { pattern: /<\s*(object|embed)\b/i, what: 'an <object> or <embed> tag' },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, what: 'an event-handler attribute (on…=)' },
  { pattern: /\bjavascript\s*:/i, what: 'a "javascript:" URL' },
];

const javascriptUrl = /^\s*javascript\s*:/i;

/**
 * Checks the body's syntax tree, not its lines: raw HTML and link targets are checked, while
 * code that shows "<script>" and prose that says "without JavaScript:" are text, and pass.
 */
export const safeHtml: ContentRule = {
  id: 'safe-html',
  summary: 'No raw HTML that could run code (<script>, <iframe>, <object>, on…= handlers, javascript: URLs).',
  check(corpus) {
    return markdownFiles(corpus).flatMap((file) => {
      const problems: ContentProblem[] = [];
      const report = (node: Nodes, what: string) =>
        problems.push({ file: file.file, line: bodyLine(file, node), field: 'body', message: `contains ${what}, which is not allowed in content`, fix: 'remove it; write plain Markdown (links as [text](https://…)).' });
      visit(file.body.tree, (node: Nodes) => {
        if (node.type === 'html') {
          for (const { pattern, what } of forbiddenHtml) if (pattern.test(node.value)) report(node, what);
        } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && javascriptUrl.test(node.url)) {
          report(node, 'a "javascript:" URL');
        }
      });
      return problems;
    });
  },
};
