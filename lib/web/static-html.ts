import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { plainText } from '../core/plain-text';

/**
 * Every page is rendered by server components and is complete without JavaScript, so the
 * export does not need the framework's hydration scripts (about 155 KB gzipped per page, over
 * the 150 KB budget, for links that work as plain links anyway). They are removed after the
 * build. A page that someday needs React in the browser (a 'use client' component) puts the
 * attribute data-needs-hydration on one of its elements and keeps them. Content cannot opt a
 * page in: the attribute is looked for on elements of the parsed page, never as text, and
 * sanitized Markdown bodies cannot carry it (lib/content/markdown.ts allows no data-* attribute but
 * the footnotes' own). The site's own scripts (/search.js) and JSON-LD data blocks stay.
 */
export const hydrationMarker = 'data-needs-hydration';

type Node = DefaultTreeAdapterMap['node'];

function hasMarker(node: Node): boolean {
  if ('attrs' in node && node.attrs.some((attribute) => attribute.name === hydrationMarker)) return true;
  if ('content' in node && node.content && hasMarker(node.content)) return true;
  return 'childNodes' in node && node.childNodes.some(hasMarker);
}

/** True when an element of the page carries data-needs-hydration (text that says it does not count). */
export function needsHydration(html: string): boolean {
  // Most pages do not even contain the words; only the others are parsed.
  return html.includes(hydrationMarker) && hasMarker(parse(html));
}

const scriptElement = /<script(\s[^>]*)?>[\s\S]*?<\/script>/g;

export function withoutFrameworkScripts(html: string): string {
  if (needsHydration(html)) return html;
  return html
    .replace(scriptElement, (tag, attributes = '') => {
      if (/type="application\/ld\+json"/.test(attributes)) return tag;
      const src = /\ssrc="([^"]*)"/.exec(attributes)?.[1];
      return src && !src.startsWith('/_next/') ? tag : '';
    })
    .replace(/<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, '')
    .replace(/<link[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*\/?>/g, '');
}

/**
 * An exported page as it is published: without the framework's scripts where the page does not
 * need them, and without a character no output may carry (control and bidirectional-override
 * characters, whatever field they came from; lib/core/plain-text.ts) outside its scripts. Scripts
 * are left as they are: the framework's own payload counts its text in bytes, and JSON-LD is
 * already plain text (lib/outputs/structured-data.ts).
 */
export function publishedPage(html: string): string {
  const page = withoutFrameworkScripts(html);
  let result = '';
  let last = 0;
  for (const match of page.matchAll(scriptElement)) {
    result += plainText(page.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + plainText(page.slice(last));
}
