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
        ...memo.originalDocuments.map((d, i) => ({ url: d.url, path: ['originalDocuments', i, 'url'], fix: 'put the address at which the ministry published this memo itself, or remove the entry if it is not known.' })),
        ...memo.printedAddresses.map((a, i) => ({ url: a.url, path: ['printedAddresses', i, 'url'], fix: 'copy the address exactly as it is printed in the memo, or remove the entry.' })),
      ];
      return addresses
        .filter(({ url }) => url.includes(placeholderAddressMark))
        .map(({ path, fix }) => ({ file: yaml.file, line: yaml.lineOf(path), field: path.join('.'), message: 'is still the placeholder from npm run new:memo', fix }));
    });
  },
};
