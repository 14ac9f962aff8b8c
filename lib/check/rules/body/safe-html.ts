import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { type CheckText, checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles } from '../../views';

/** Raw HTML that must never reach a page, whatever the sanitizer would do with it. */
const javascriptUrlText = checkText('rules.safe-html.javascriptUrl', { scheme: 'javascript:' });
const forbiddenHtml: { pattern: RegExp; what: CheckText | ((match: RegExpExecArray) => CheckText) }[] = [
  { pattern: /<\s*script\b/i, what: checkText('rules.safe-html.script', { tag: '<script>' }) },
  { pattern: /<\s*iframe\b/i, what: checkText('rules.safe-html.iframe', { tag: '<iframe>' }) },
  { pattern: /<\s*(object|embed)\b/i, what: checkText('rules.safe-html.objectOrEmbed', { object: '<object>', embed: '<embed>' }) },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, what: checkText('rules.safe-html.eventHandler', { code: 'on…=' }) },
  { pattern: /\bjavascript\s*:/i, what: javascriptUrlText },
  // Markup the sanitizer removes but whose content it would publish as text (a style sheet's
  // rules), or that has no place in a memo (forms, a page's own head): said, not dropped silently.
  { pattern: /<\s*(style|form|input|button|textarea|select|meta|base|link)\b/i, what: (match) => checkText('rules.safe-html.unpublishedTag', { tag: `<${match[1]!.toLowerCase()}>` }) },
  { pattern: /<[^>]*\sstyle\s*=/i, what: checkText('rules.safe-html.styleAttribute', { code: 'style=' }) },
];

const javascriptUrl = /^\s*javascript\s*:/i;

/**
 * Checks the body's syntax tree, not its lines: raw HTML and link targets are checked, while
 * code that shows "<script>" and prose that says "without JavaScript:" are text, and pass.
 */
export const safeHtml: ContentRule = {
  id: 'safe-html',
  summary: 'No raw HTML that could run code (<script>, <iframe>, <object>, on…= handlers, javascript: URLs) or that the site does not publish (<style>, forms, <meta>, <base>, <link>, style=).',
  check(corpus) {
    return markdownFiles(corpus).flatMap((file) => {
      const problems: ContentProblem[] = [];
      const report = (node: Nodes, what: CheckText) =>
        problems.push({
          file: file.file,
          line: bodyLine(file, node),
          field: 'body',
          message: checkText('rules.safe-html.forbidden', { what }),
          fix: checkText('rules.safe-html.forbiddenFix', { link: '[text](https://…)' }),
        });
      visit(file.body.tree, (node: Nodes) => {
        if (node.type === 'html') {
          for (const { pattern, what } of forbiddenHtml) {
            const match = pattern.exec(node.value);
            if (match) report(node, typeof what === 'function' ? what(match) : what);
          }
        } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && javascriptUrl.test(node.url)) {
          report(node, javascriptUrlText);
        }
      });
      return problems;
    });
  },
};
