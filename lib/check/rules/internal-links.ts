import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { locales } from '../../i18n/locales';
import { fixedPages, pathFor, pathForSlug } from '../../routes';
import type { ContentRule } from '../rule';
import { bodyLine, markdownFiles, memosOf, pagesOf, regionsOf } from '../views';

/** Links to pages of this site, written as root-relative paths, go to pages the content produces. */
export const internalLinks: ContentRule = {
  id: 'internal-links',
  summary: 'Every link to a page of this site leads to a page the content produces.',
  check(corpus) {
    const pages = new Set<string>([
      ...locales.flatMap((l) => fixedPages.map((page) => pathFor(page, l))),
      ...memosOf(corpus).flatMap(({ texts }) => texts.map((t) => pathForSlug('memo', t.data.slug, t.locale))),
      ...pagesOf(corpus).flatMap(({ texts }) => texts.map((t) => pathForSlug('page', t.data.slug, t.locale))),
      ...regionsOf(corpus).flatMap(({ yaml }) => (yaml ? locales.map((l) => pathForSlug('region', yaml.data.slugs[l], l)) : [])),
    ]);
    return markdownFiles(corpus).flatMap((file) => {
      const links: { href: string; node: Nodes }[] = [];
      visit(file.body.tree, (node: Nodes) => {
        if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/')) links.push({ href: node.url, node });
        if (node.type === 'html') for (const m of node.value.matchAll(/href="(\/[^"]*)"/g)) links.push({ href: m[1], node });
      });
      return links
        .filter(({ href }) => {
          const target = href.split(/[?#]/)[0];
          return !(pages.has(target) || pages.has(`${target}/`) || /\.(xml|ics|pdf)$/.test(target));
        })
        .map(({ href, node }) => ({
          file: file.file,
          line: bodyLine(file, node),
          field: 'body',
          message: `links to ${href}, which is not a page of this site`,
          fix: `correct the link; pages end with "/" and start with /en/ or /fr/ (e.g. ${pathFor({ kind: 'memoIndex' }, 'en')}).`,
        }));
    });
  },
};
