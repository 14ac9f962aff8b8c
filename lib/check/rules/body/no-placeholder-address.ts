import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf } from '../../views';

/** The placeholder `npm run new:memo` writes (lib/content/scaffold.ts). */
export const placeholderAddressMark = 'replace-with-the-address';

export const noPlaceholderAddress: ContentRule = {
  id: 'no-placeholder-address',
  summary: 'No scaffold placeholder address is published as a memo’s original or printed address.',
  check(corpus) {
    return memosOf(corpus).flatMap(({ yaml }) => {
      if (!yaml) return [];
      const memo = yaml.data;
      const addresses = [
        ...memo.originalDocuments.map((d, i) => ({ url: d.url, path: ['originalDocuments', i, 'url'], fix: checkText('rules.no-placeholder-address.originalFix') })),
        ...memo.printedAddresses.map((a, i) => ({ url: a.url, path: ['printedAddresses', i, 'url'], fix: checkText('rules.no-placeholder-address.printedFix') })),
      ];
      return addresses
        .filter(({ url }) => url.includes(placeholderAddressMark))
        .map(({ path, fix }) => ({ file: yaml.file, line: yaml.lineOf(path), field: path.join('.'), message: checkText('rules.no-placeholder-address.placeholder', { command: 'npm run new:memo' }), fix }));
    });
  },
};
