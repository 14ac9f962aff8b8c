import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { frenchTypography } from '../i18n/french-typography';
import { plainText } from '../core/plain-text';

/**
 * Markdown → safe HTML for every content body. GitHub-flavoured Markdown (tables,
 * strikethrough, autolinks, task lists, footnotes). Raw HTML is parsed (memos need <sup> for
 * "1er") and then sanitized with GitHub's allow-list, tightened: scripts, iframes, images,
 * event handlers and javascript: URLs never reach a page, even if the content check were
 * bypassed. Ids and names a body carries are prefixed ("user-content-"), as GitHub does, so
 * a body can never clash with the page's own ids (#main …); in-page links follow the prefix.
 */

/** What every id and name of a body starts with. */
export const bodyIdPrefix = 'user-content-';

const dropped = new Set(['img', 'picture', 'source']);
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: bodyIdPrefix,
  // No images: the site publishes none, and a remote one would tell a third party who reads.
  tagNames: defaultSchema.tagNames!.filter((tag) => !dropped.has(tag)),
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes!).filter(([tag]) => !dropped.has(tag))),
    // No text direction, focus order or access keys from content: they belong to the page.
    '*': defaultSchema.attributes!['*'].filter((attribute) => !['dir', 'tabIndex', 'accessKey'].includes(String(attribute))),
  },
};

/** Removes the characters no output may carry (lib/core/plain-text.ts) before the Markdown is parsed. */
function remarkPlainSource(this: Processor) {
  const parse = this.parser;
  if (parse) this.parser = (document: string, file: VFile) => parse(plainText(document), file);
}

/** …and from what character references decoded to, in text and attribute values. */
function rehypePlainText() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'text') (node as Text).value = plainText((node as Text).value);
      if (node.type === 'element') {
        const { properties } = node as Element;
        for (const [key, value] of Object.entries(properties)) {
          if (typeof value === 'string') properties[key] = plainText(value);
          else if (Array.isArray(value)) properties[key] = value.map((v) => (typeof v === 'string' ? plainText(v) : v));
        }
      }
    });
  };
}

/** Sections of a memo start at h2: the page title is the only h1. */
function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}

/**
 * In-page links follow the prefixed ids: "#section" points to "#user-content-section" when the
 * body has that id (or name). Links to ids the body does not have are left as written.
 */
function rehypeInPageLinks() {
  return (tree: Root) => {
    const targets = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      for (const key of ['id', 'name']) if (typeof node.properties[key] === 'string') targets.add(node.properties[key] as string);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      let fragment: string;
      try {
        fragment = decodeURIComponent(href.slice(1));
      } catch {
        return;
      }
      if (!targets.has(fragment) && targets.has(bodyIdPrefix + fragment)) node.properties.href = `#${bodyIdPrefix}${href.slice(1)}`;
    });
  };
}

const textOf = (node: ElementContent | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';

const alignClass: Record<string, string> = { left: 'text-left', center: 'text-center', right: 'text-right' };

/**
 * A table scrolls sideways inside its own focusable, named region on a phone, never the page
 * (WCAG 1.4.10; as components/TableScroller.tsx does for the site's own tables). The region is
 * named after the heading the table follows, or "Table n". Column alignment becomes a class
 * (the align attribute is obsolete in HTML).
 */
function rehypeTables(isFrench: (file: VFile) => boolean) {
  return (tree: Root, file: VFile) => {
    const word = isFrench(file) ? 'Tableau' : 'Table';
    const names = new Map<string, number>();
    let count = 0;
    let heading: string | undefined;
    const wrap = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (/^h[1-6]$/.test(child.tagName)) heading = textOf(child).trim() || heading;
        if (child.tagName !== 'table') {
          wrap(child);
          return child;
        }
        count += 1;
        visit(child, 'element', (cell: Element) => {
          const align = cell.properties.align;
          if (typeof align !== 'string') return;
          delete cell.properties.align;
          if (alignClass[align]) cell.properties.className = [...((cell.properties.className as string[]) ?? []), alignClass[align]];
        });
        const base = heading ?? `${word} ${count}`;
        const seen = (names.get(base) ?? 0) + 1;
        names.set(base, seen);
        const label = seen > 1 ? `${base} (${seen})` : base;
        return {
          type: 'element',
          tagName: 'div',
          properties: { role: 'region', ariaLabel: label, tabIndex: 0, className: ['overflow-x-auto'] },
          children: [child],
        } satisfies Element;
      });
    };
    wrap(tree);
  };
}

/**
 * A task list's checkbox is labelled by its item's text (it sits inside a <label>), so
 * assistive technology names it; it stays disabled, as on GitHub.
 */
function rehypeTaskLists() {
  return (tree: Root) => {
    visit(tree, 'element', (item: Element) => {
      if (item.tagName !== 'li' || !(item.properties.className as string[] | undefined)?.includes('task-list-item')) return;
      const paragraph = item.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
      const holder = paragraph && paragraph.children.some((c) => c.type === 'element' && c.tagName === 'input') ? paragraph : item;
      const nested = holder.children.findIndex((c) => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
      const inline = nested === -1 ? holder.children : holder.children.slice(0, nested);
      const rest = nested === -1 ? [] : holder.children.slice(nested);
      if (!inline.some((c) => c.type === 'element' && c.tagName === 'input')) return;
      holder.children = [{ type: 'element', tagName: 'label', properties: {}, children: inline }, ...rest];
    });
  };
}

/** French bodies: French typography (lib/i18n/french-typography.ts) outside code, and the footnotes' heading and return links in French. */
/** Code is quoted as written: no typography inside it. */
const codeElements = new Set(['code', 'pre', 'kbd', 'samp']);

function rehypeFrench(isFrench: (file: VFile) => boolean) {
  return (tree: Root, file: VFile) => {
    if (!isFrench(file)) return;
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === `${bodyIdPrefix}footnote-label`) node.children = [{ type: 'text', value: 'Notes' }];
      if (node.properties.dataFootnoteBackref !== undefined && typeof node.properties.ariaLabel === 'string') {
        node.properties.ariaLabel = node.properties.ariaLabel.replace(/^Back to reference (.*)$/, 'Retour à l’appel de note $1');
      }
    });
    visit(tree, 'text', (node: Text, _index, parent) => {
      if (parent?.type === 'element' && codeElements.has(parent.tagName)) return;
      node.value = frenchTypography(node.value);
    });
  };
}

export type MarkdownOptions = {
  /** Whether a file is in French; Contentlayer tells through the file's data. */
  isFrench?: (file: VFile) => boolean;
};

/** Configures a unified processor; Contentlayer calls this with its own processor. */
export function configureMarkdown(builder: Processor, options: MarkdownOptions = {}): void {
  const isFrench = options.isFrench ?? (() => false);
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkPlainSource)
    .use(remarkGfm)
    // Ids are prefixed once, by the sanitizer (footnotes would otherwise get the prefix twice).
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypePlainText)
    .use(rehypeDemoteH1)
    .use(rehypeInPageLinks)
    .use(rehypeTables, isFrench)
    .use(rehypeTaskLists)
    .use(rehypeFrench, isFrench)
    .use(rehypeStringify);
}

/** Renders one Markdown string (used by tests and scripts). */
export async function markdownToSafeHtml(markdown: string, options: { french?: boolean } = {}): Promise<string> {
  const processor = unified();
  configureMarkdown(processor as unknown as Processor, { isFrench: () => Boolean(options.french) });
  return String(await processor.process(markdown));
}
