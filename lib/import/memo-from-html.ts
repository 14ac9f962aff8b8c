import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Locale } from '../i18n/locales';

/**
 * A memo's Word text (as HTML, lib/import/docx.ts) read as the site's memo: the printed heading,
 * the header rows (To / From / Date / Subject, as a table or as "Label: value" paragraphs) into
 * their front-matter fields, the copies (cc) into theirs, and the rest as clean Markdown — the
 * text written as the site's content writes it (typographic apostrophes, plain spaces: the build
 * puts the no-break spaces French needs), Word's line breaks inside a paragraph joined, except in
 * a block of short lines (a signature).
 */

export type HeaderRow = 'to' | 'from' | 'date' | 'subject';
export const headerRows: HeaderRow[] = ['to', 'from', 'date', 'subject'];

const rowLabels: Record<HeaderRow, RegExp> = {
  to: /^(destinataires?|à|to)$/i,
  from: /^(expéditrice|expéditeur|expéditrice ou expéditeur|expéditeur ou expéditrice|de|from)$/i,
  date: /^date$/i,
  subject: /^(objet|sujet|subject|re)$/i,
};
const printedHeading = /^(note de service|mémorandum|memorandum|memo|note)$/i;
/** "c. c. :", "cc:", "c:", "Copie conforme :" — a paragraph of its own before the copies, or their first line. */
const copiesLabel = /^(?:(?:c\. ?c\.|cc|copies? conformes?)\s*[:：]?|c\s*[:：])\s*/i;

export type ImportedText = {
  heading: string;
  headerLabels: Record<HeaderRow, string>;
  recipients: string;
  from: string;
  printedDate: string;
  title: string;
  cc: string[];
  body: string;
};

export type ImportedTextProblem = { problem: 'noHeader'; missing: HeaderRow[] };

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** A node's text; a line break counts as a space. */
function textOf(node: RootContent | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  return 'children' in node ? (node.children as (ElementContent | RootContent)[]).map(textOf).join('') : '';
}

/** Text as the site's content writes it: typographic apostrophes, one plain space between words (no-break spaces come from the build). */
export function siteText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\t]/g, ' ')
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
    .replace(/ {2,}/g, ' ');
}

const clean = (text: string) => siteText(text).replace(/\s+/g, ' ').trim();

/** A header row: its label as printed (with its colon) and its value, or undefined. */
function headerRow(label: string, value: string): { row: HeaderRow; label: string; value: string } | undefined {
  const bare = clean(label).replace(/\s*[:：]$/, '');
  const row = headerRows.find((r) => rowLabels[r].test(bare));
  return row ? { row, label: clean(label), value: clean(value) } : undefined;
}

function rowsOfTable(table: Element): { row: HeaderRow; label: string; value: string }[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child);
      else walk(child);
    }
  };
  walk(table);
  return rows.flatMap((tr) => {
    const cells = tr.children.filter(isElement).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');
    const found = cells.length >= 2 ? headerRow(textOf(cells[0]!), cells.slice(1).map(textOf).join(' ')) : undefined;
    return found ? [found] : [];
  });
}

/** "Destinataires : Partenaires…" → the row; the label keeps its colon as printed. */
function rowOfParagraph(paragraph: Element): { row: HeaderRow; label: string; value: string } | undefined {
  const match = /^\s*([^:：]{1,40}?\s*[:：])\s*([\s\S]*)$/.exec(textOf(paragraph));
  return match ? headerRow(match[1]!, match[2]!) : undefined;
}

/** Word's line breaks inside a paragraph: joined, unless every line is short (a signature, an address). */
function joinSoftBreaks(node: Element | Root) {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'p' && child.children.some((c) => isElement(c) && c.tagName === 'br')) {
      const lines = textOf({ ...child, children: child.children.map((c) => (isElement(c) && c.tagName === 'br' ? ({ type: 'text', value: '\n' } as Text) : c)) }).split('\n');
      const block = lines.length >= 2 && lines.every((line) => line.trim().length <= 80);
      if (!block) child.children = child.children.map((c) => (isElement(c) && c.tagName === 'br' ? ({ type: 'text', value: ' ' } as Text) : c));
    }
    joinSoftBreaks(child);
  }
}

/** Links without an address (Word's bookmarks, placeholders such as "#") keep their words only. */
function unwrapEmptyLinks(node: Element | Root) {
  node.children = node.children.flatMap((child): (Element | Text | RootContent)[] => {
    if (!isElement(child)) return [child];
    unwrapEmptyLinks(child);
    const href = child.properties?.href;
    return child.tagName === 'a' && (typeof href !== 'string' || href === '' || href === '#') ? child.children : [child];
  }) as typeof node.children;
}

function normalizeText(node: Element | Root) {
  for (const child of node.children) {
    if (child.type === 'text') child.value = siteText(child.value);
    else if (isElement(child)) normalizeText(child);
  }
}

/** Word's tables have no header cells: their first row is the header, as the site's tables have one. */
function firstRowAsHeader(node: Element | Root) {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'table') {
      const rows: Element[] = [];
      const collect = (n: Element) => n.children.filter(isElement).forEach((c) => (c.tagName === 'tr' ? rows.push(c) : collect(c)));
      collect(child);
      const first = rows[0];
      if (first && !first.children.some((c) => isElement(c) && c.tagName === 'th')) for (const cell of first.children) if (isElement(cell) && cell.tagName === 'td') cell.tagName = 'th';
    } else firstRowAsHeader(child);
  }
}

/** Lists as the memos write them: tight, one item per line, however Word spaced them. */
function tightLists(node: { type: string; spread?: boolean | null; children?: unknown[] }) {
  if (node.type === 'list' || node.type === 'listItem') node.spread = false;
  for (const child of (node.children ?? []) as (typeof node)[]) tightLists(child);
}

const isEmptyParagraph = (node: RootContent) => isElement(node) && node.tagName === 'p' && !textOf(node).trim();

/** The body's HTML as the site's Markdown. */
function markdownOf(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  unwrapEmptyLinks(root);
  joinSoftBreaks(root);
  normalizeText(root);
  firstRowAsHeader(root);
  // A superscript ("1er") as the site writes it: Markdown has none, the page keeps <sup>.
  const handlers = { sup: (_state: unknown, node: Element) => ({ type: 'html' as const, value: `<sup>${siteText(textOf(node))}</sup>` }) };
  const processor = unified().use(rehypeRemark, { handlers }).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' });
  const tree = processor.runSync(root) as never;
  tightLists(tree);
  const markdown = processor.stringify(tree) as string;
  return markdown.replace(/[ \t]+$/gm, '').trim();
}

export function memoFromHtml(html: string, locale: Locale): ImportedText | ImportedTextProblem {
  void locale;
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const nodes = tree.children.filter((node) => !(node.type === 'text' && !node.value.trim()));
  let heading = '';
  const rows = new Map<HeaderRow, { label: string; value: string }>();
  let bodyStart = -1;
  // The header is at the top: the heading, then its rows, the subject last.
  for (let i = 0; i < Math.min(nodes.length, 16) && bodyStart < 0; i += 1) {
    const node = nodes[i]!;
    if (!isElement(node) || isEmptyParagraph(node)) continue;
    if (!heading && rows.size === 0 && printedHeading.test(clean(textOf(node)))) {
      heading = clean(textOf(node));
      continue;
    }
    const found = node.tagName === 'table' ? rowsOfTable(node) : node.tagName === 'p' ? [rowOfParagraph(node)].filter((r) => r !== undefined) : [];
    for (const { row, label, value } of found) if (!rows.has(row)) rows.set(row, { label, value });
    if (rows.has('subject') && rows.size === headerRows.length) bodyStart = i + 1;
  }
  if (bodyStart < 0) return { problem: 'noHeader', missing: headerRows.filter((row) => !rows.has(row)) };

  let body = nodes.slice(bodyStart);
  // Copies (c. c.) at the end: a labelled paragraph, then a list or one name per line.
  const cc: string[] = [];
  const ccAt = body.findIndex((node) => isElement(node) && node.tagName === 'p' && copiesLabel.test(clean(textOf(node))));
  if (ccAt >= 0) {
    for (const node of body.slice(ccAt)) {
      if (!isElement(node)) continue;
      const items = node.tagName === 'ul' || node.tagName === 'ol' ? node.children.filter(isElement).map(textOf) : textOf({ ...node, children: node.children.map((c) => (isElement(c) && c.tagName === 'br' ? ({ type: 'text', value: '\n' } as Text) : c)) }).split('\n');
      cc.push(...items.map((item, i) => clean(node === body[ccAt] && i === 0 ? item.replace(copiesLabel, '') : item)).filter(Boolean));
    }
    body = body.slice(0, ccAt);
  }
  while (body.length > 0 && isEmptyParagraph(body[0]!)) body = body.slice(1);
  return {
    heading,
    headerLabels: { to: rows.get('to')!.label, from: rows.get('from')!.label, date: rows.get('date')!.label, subject: rows.get('subject')!.label },
    recipients: rows.get('to')!.value,
    from: rows.get('from')!.value,
    printedDate: rows.get('date')!.value,
    title: rows.get('subject')!.value,
    cc,
    body: markdownOf(body),
  };
}
