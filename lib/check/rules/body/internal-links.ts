import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { locales } from '../../../i18n/locales';
import { calendarPath, feedPath, fixedPages, pathFor, pathForSlug } from '../../../web/routes';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles, memosOf, pagesOf, regionsOf } from '../../views';

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
      // Feeds and calendars are files beside their pages.
      ...locales.flatMap((l) => [feedPath({ kind: 'site' }, l), calendarPath({ kind: 'province' }, l)]),
      ...regionsOf(corpus).flatMap(({ yaml }) =>
        yaml ? locales.flatMap((l) => [feedPath({ kind: 'region', slugs: yaml.data.slugs }, l), calendarPath({ kind: 'region', slugs: yaml.data.slugs }, l)]) : [],
      ),
    ]);
    // A relative link ("../memos/") leads somewhere else from each page that shows the text.
    const relative = (href: string) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href);
    return markdownFiles(corpus).flatMap((file) => {
      const links: { href: string; node: Nodes }[] = [];
      visit(file.body.tree, (node: Nodes) => {
        if ((node.type === 'link' || node.type === 'definition') && (node.url.startsWith('/') || relative(node.url))) links.push({ href: node.url, node });
        if (node.type === 'html') for (const m of node.value.matchAll(/href="([^"]*)"/g)) if (m[1].startsWith('/') || relative(m[1])) links.push({ href: m[1], node });
      });
      return links
        .filter(({ href }) => relative(href) || !(pages.has(href.split(/[?#]/)[0]) || pages.has(`${href.split(/[?#]/)[0]}/`)))
        .map(({ href, node }) => ({
          file: file.file,
          line: bodyLine(file, node),
          field: 'body',
          message: relative(href) ? `links to "${href}", a relative address` : `links to ${href}, which is not a page of this site`,
          fix: relative(href)
            ? `write links to this site from the root, e.g. ${pathFor({ kind: 'memoIndex' }, 'en')}, and links to other sites in full, starting with https://.`
            : `correct the link; pages end with "/" and start with /en/ or /fr/ (e.g. ${pathFor({ kind: 'memoIndex' }, 'en')}).`,
        }));
    });
  },
};
