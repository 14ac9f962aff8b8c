import { type Locale, locales } from '../i18n/locales';
import { messages } from '../i18n/messages';

/**
 * The editor's page, in one language: Decap's bundle, then the page script (editor/editor.js),
 * which loads the configuration for the page's language. The same page is served by
 * `npm run edit` and written by `npm run build:editor` for the git host; `files` is where the
 * bundle and the script are, relative to the page, and `otherLanguage` the page in the other language.
 */
export function adminPage(locale: Locale, { files, otherLanguage }: { files: string; otherLanguage: string }): string {
  const t = messages[locale].Editor.page;
  const other = locales.find((l) => l !== locale)!;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<style>
#editor-language a { color: #0066cc; }
</style>
</head>
<body>
<p id="editor-language" style="position:fixed;bottom:0.5rem;right:0.5rem;z-index:1000;margin:0;font:1rem system-ui;background:#fff;padding:0.25rem 0.5rem"><a href="${otherLanguage}" lang="${other}" hreflang="${other}">${t.otherLanguage}</a></p>
<noscript><p>${t.noScript}</p></noscript>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="${files}decap-cms.js"></script>
<script src="${files}editor.js"></script>
</body>
</html>
`;
}
