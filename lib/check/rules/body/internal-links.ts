import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { locales } from '../../../i18n/locales';
import { calendarPath, feedPath, fixedPages, pathFor, pathForSlug, withoutBasePath } from '../../../web/routes';
import { type CheckText, checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { bodyLine, markdownFiles, memosOf, pagesOf, regionsOf, sectionBehindLink } from '../../views';

/** "/en/ or /fr/": the word between the items in the author's language. */
const orList = (items: readonly string[]): string | CheckText =>
  items.length < 2 ? items.join('') : checkText('rules.internal-links.or', { first: orList(items.slice(0, -1)), last: items.at(-1)! });

/** Links to pages of this site, written as root-relative paths, go to pages the content produces. */
export const internalLinks: ContentRule = {
  id: 'internal-links',
  summary: 'Every link to a page of this site leads to a page the content produces.',
  check(corpus) {
    // A page of a section behind a link was not read: a link to it cannot be judged.
    const unread = (['memo', 'page', 'region'] as const).some((kind) => sectionBehindLink(corpus, kind));
    // Content writes paths as the site has them (/en/memos/), whatever base path it is published under.
    const pages = new Set<string>(
      [
        ...locales.flatMap((l) => fixedPages.map((page) => pathFor(page, l))),
        ...memosOf(corpus).flatMap(({ texts }) => texts.map((t) => pathForSlug('memo', t.data.slug, t.locale))),
        ...pagesOf(corpus).flatMap(({ texts }) => texts.map((t) => pathForSlug('page', t.data.slug, t.locale))),
        ...regionsOf(corpus).flatMap(({ yaml }) => (yaml ? locales.map((l) => pathForSlug('region', yaml.data.slugs[l], l)) : [])),
        // Feeds and calendars are files beside their pages.
        ...locales.flatMap((l) => [feedPath({ kind: 'site' }, l), calendarPath({ kind: 'province' }, l)]),
        ...regionsOf(corpus).flatMap(({ yaml }) =>
          yaml ? locales.flatMap((l) => [feedPath({ kind: 'region', slugs: yaml.data.slugs }, l), calendarPath({ kind: 'region', slugs: yaml.data.slugs }, l)]) : [],
        ),
      ].map(withoutBasePath),
    );
    // A relative link ("../memos/") leads somewhere else from each page that shows the text.
    const relative = (href: string) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href);
    return markdownFiles(corpus).flatMap((file) => {
      const links: { href: string; node: Nodes }[] = [];
      visit(file.body.tree, (node: Nodes) => {
        if ((node.type === 'link' || node.type === 'definition') && (node.url.startsWith('/') || relative(node.url))) links.push({ href: node.url, node });
        if (node.type === 'html') for (const m of node.value.matchAll(/href="([^"]*)"/g)) if (m[1].startsWith('/') || relative(m[1])) links.push({ href: m[1], node });
      });
      return links
        .filter(({ href }) => relative(href) || (!unread && !(pages.has(href.split(/[?#]/)[0]) || pages.has(`${href.split(/[?#]/)[0]}/`))))
        .map(({ href, node }) => ({
          file: file.file,
          line: bodyLine(file, node),
          field: 'body',
          message: checkText(relative(href) ? 'rules.internal-links.relative' : 'rules.internal-links.notAPage', { href }),
          fix: relative(href)
            ? checkText('rules.internal-links.relativeFix', { example: pathFor({ kind: 'memoIndex' }, 'en'), scheme: 'https://' })
            : checkText('rules.internal-links.notAPageFix', { slash: '/', prefixes: orList(locales.map((l) => `/${l}/`)), example: pathFor({ kind: 'memoIndex' }, 'en') }),
        }));
    });
  },
};
