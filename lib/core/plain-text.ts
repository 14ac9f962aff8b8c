/**
 * What a plain-text field may carry into any output: a feed, a calendar, JSON or a page.
 *
 * Authors paste from Word and PDFs, which bring characters no output can hold: C0 control
 * characters (Word's vertical tab U+000B for a manual line break, NUL, form feed, BEL…) make an
 * Atom feed malformed XML and an HTML page invalid; DEL and the C1 controls (U+0080–U+009F) are
 * invisible and mean nothing in text; lone surrogates cannot be encoded in UTF-8; U+FFFE and
 * U+FFFF are not characters at all. Bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) can make a title read backwards ("Trojan Source"); the site is
 * in French and English, which never need them. Tab, line feed and carriage return stay.
 *
 * The content check refuses these characters at the source (lib/check/index.ts); this is the
 * guarantee on output, applied by every writer of a format (lib/outputs/atom.ts, lib/outputs/calendar.ts,
 * components/JsonLd.tsx, lib/content/markdown.ts, and scripts/headers.ts on every exported page).
 */
const unsafeCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;

/** The text without the characters no output may carry (see above); everything else unchanged. */
export function plainText(text: string): string {
  return text.replace(unsafeCharacters, '');
}

/** Every string inside a JSON-like value, through plainText (objects and arrays are copied). */
export function plainTextDeep<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map((item) => plainTextDeep(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [plainText(key), plainTextDeep(item)])) as T;
  }
  return value;
}

/**
 * A link target an output may publish: an absolute http(s) URL, or a path on this site when a
 * `base` is given (made absolute on it), normalised by the URL parser (spaces, quotes and angle brackets
 * percent-encoded). Anything else — javascript:, data:, mailto:, a relative path, text that
 * is not a URL — gives undefined, and the output shows no link.
 */
export function httpUrl(href: string, base?: URL | string): string | undefined {
  const text = plainText(href).trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = base && text.startsWith('/') && !text.startsWith('//') ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
