/**
 * Every page is rendered by server components and is complete without JavaScript, so the
 * export does not need the framework's hydration scripts (about 155 KB gzipped per page, over
 * the 150 KB budget, for links that work as plain links anyway). They are removed after the
 * build. A page that someday needs React in the browser (a 'use client' component) marks an
 * element with data-needs-hydration and keeps them. The site's own scripts (/search.js) and
 * JSON-LD data blocks stay.
 */
export const hydrationMarker = 'data-needs-hydration';

export function withoutFrameworkScripts(html: string): string {
  if (html.includes(hydrationMarker)) return html;
  return html
    .replace(/<script(\s[^>]*)?>[\s\S]*?<\/script>/g, (tag, attributes = '') => {
      if (/type="application\/ld\+json"/.test(attributes)) return tag;
      const src = /\ssrc="([^"]*)"/.exec(attributes)?.[1];
      return src && !src.startsWith('/_next/') ? tag : '';
    })
    .replace(/<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*\/?>/g, '')
    .replace(/<link[^>]*as="script"[^>]*rel="(?:preload|modulepreload)"[^>]*\/?>/g, '');
}
