import type { Element, Root, Text } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Markdown → safe HTML for every content body. Raw HTML is parsed (memos need <sup> for
 * "1er") and then sanitized with GitHub's allow-list: scripts, iframes, event handlers and
 * javascript: URLs never reach a page, even if the content check were bypassed.
 */

const sanitizeSchema = {
  ...defaultSchema,
  // Headings keep plain ids; GitHub's schema would prefix them with "user-content-".
  clobberPrefix: '',
};

/** Sections of a memo start at h2: the page title is the only h1. */
function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}

/**
 * French typography (Office québécois de la langue française): a non-breaking space before
 * ":" and before "»", after "«"; a narrow one before ";", "!" and "?". Keeps a colon from
 * wrapping to the start of a line. Applied to French bodies only.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0]+:/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0]*/g, '«\u00a0')
    .replace(/[ \u00a0]*»/g, '\u00a0»');
}

function rehypeFrenchSpacing(isFrench: (file: VFile) => boolean) {
  return (tree: Root, file: VFile) => {
    if (!isFrench(file)) return;
    visit(tree, 'text', (node: Text) => {
      node.value = frenchSpacing(node.value);
    });
  };
}

export type MarkdownOptions = {
  /** Whether a file is in French; Contentlayer tells through the file's data. */
  isFrench?: (file: VFile) => boolean;
};

/** Configures a unified processor; Contentlayer calls this with its own processor. */
export function configureMarkdown(builder: Processor, options: MarkdownOptions = {}): void {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeDemoteH1);
  if (options.isFrench) builder.use(rehypeFrenchSpacing, options.isFrench);
  builder.use(rehypeStringify);
}

/** Renders one Markdown string (used by tests and scripts). */
export async function markdownToSafeHtml(markdown: string, options: { french?: boolean } = {}): Promise<string> {
  const processor = unified();
  configureMarkdown(processor as unknown as Processor, { isFrench: () => Boolean(options.french) });
  return String(await processor.process(markdown));
}
