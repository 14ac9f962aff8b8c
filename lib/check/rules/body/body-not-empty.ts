import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { markdownFiles } from '../../views';

export const bodyNotEmpty: ContentRule = {
  id: 'body-not-empty',
  summary: 'Every memo and page has text below its front matter.',
  check(corpus) {
    return markdownFiles(corpus)
      .filter((file) => file.body.tree.children.every((node) => node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())))
      .map((file) => ({ file: file.file, line: file.body.startLine, field: 'body', message: checkText('rules.body-not-empty.empty'), fix: checkText('rules.body-not-empty.emptyFix', { marker: '---' }) }));
  },
};
