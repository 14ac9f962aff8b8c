import type { Nodes } from 'mdast';
import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles } from '../../views';

/** Lists and quotes nested deeper than any memo needs: a sign of a pasting accident, and a risk to the build. */
export const maxNesting = 12;

function deepest(node: Nodes, depth: number): { depth: number; node: Nodes } {
  const own = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
  let best = { depth: own, node };
  for (const child of 'children' in node ? (node.children as Nodes[]) : []) {
    const found = deepest(child, own);
    if (found.depth > best.depth) best = found;
    if (best.depth > maxNesting) break;
  }
  return best;
}

export const bodyDepth: ContentRule = {
  id: 'body-depth',
  summary: `Lists and quotes nest at most ${maxNesting} levels deep.`,
  check(corpus) {
    return markdownFiles(corpus).flatMap((file) => {
      const found = deepest(file.body.tree as Nodes, 0);
      return found.depth > maxNesting
        ? [{ file: file.file, line: bodyLine(file, found.node), field: 'body', message: checkText('rules.body-depth.tooDeep', { depth: found.depth, max: maxNesting }), fix: checkText('rules.body-depth.tooDeepFix') }]
        : [];
    });
  },
};
