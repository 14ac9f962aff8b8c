import { type Locale, locales } from '../i18n/locales';
import { messages } from '../i18n/messages';

/**
 * The editor's page, in one language: Decap's bundle, then the page script (editor/editor.js),
 * which loads the configuration for the page's language. The same page is served by
 * `npm run edit` and written by `npm run build:editor` for the git host; `files` is where the
 * bundle and the script are, relative to the page, and `otherLanguage` the page in the other language.
 */
export function adminPage(locale: Locale, { files, otherLanguage, importFromWord }: { files: string; otherLanguage: string; importFromWord: 'local' | 'git-host' }): string {
  const t = messages[locale].Editor.page;
  const w = messages[locale].Editor.import;
  // A new memo from the ministry's Word files: beside npm run edit, sent to POST /api/import, saved
  // as a draft and opened; on the git host, how to upload them for the import-memo workflow.
  const panel = (inside: string) => `<details id="editor-import" style="position:fixed;bottom:2.5rem;right:0.5rem;z-index:1000;max-width:22rem;font:1rem system-ui;color:#1a1a1a;background:#fff;border:1px solid #4a5160;padding:0.25rem 0.5rem">
<summary style="cursor:pointer;color:#0066cc">${w.summary}</summary>
${inside}
</details>
`;
  const importPanel =
    importFromWord === 'git-host'
      ? panel(`<p style="margin:0.5rem 0">${w.gitHost}</p>`)
      : panel(`<form style="display:grid;gap:0.5rem;margin:0.5rem 0">
<label style="color:#1a1a1a">${w.fr}<br><input type="file" name="fr" accept=".docx" required></label>
<label style="color:#1a1a1a">${w.en}<br><input type="file" name="en" accept=".docx"></label>
<button type="submit" style="justify-self:start;font:inherit;padding:0.25rem 0.75rem">${w.submit}</button>
<p role="status" style="margin:0"></p>
</form>`);
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
${importPanel}<noscript><p>${t.noScript}</p></noscript>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="${files}decap-cms.js"></script>
<script src="${files}editor.js"></script>
</body>
</html>
`;
}
