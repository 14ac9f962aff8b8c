import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles } from '../../views';

/** The site publishes no images (none would be reviewed, described or served from here): say it in words. */
export const noImages: ContentRule = {
  id: 'no-images',
  summary: 'Bodies hold no images: the sanitizer would drop them, so the author is told.',
  check(corpus) {
    return markdownFiles(corpus).flatMap((file) => {
      const found: Nodes[] = [];
      visit(file.body.tree, (node: Nodes) => {
        if (node.type === 'image' || node.type === 'imageReference' || (node.type === 'html' && /<\s*(img|picture|source)\b/i.test(node.value))) found.push(node);
      });
      return found.map((node) => ({
        file: file.file,
        line: bodyLine(file, node),
        field: 'body',
        message: checkText('rules.no-images.image'),
        fix: checkText('rules.no-images.imageFix', { example: '[description](https://…)' }),
      }));
    });
  },
};
