/**
 * npm run import:memo -- memo-fr.docx [memo-en.docx] [--name short-name] [--date YYYY-MM-DD] [--lang fr|en]
 * Turns the ministry's Word files into a memo folder (issue 38): content/memos/<date>-<name>/
 * with index.fr.md and index.en.md, the header rows in their fields, the body as Markdown, the
 * date and the sender from the header. Writes nothing when a file cannot be read as a memo, and
 * never over an existing folder. Then runs the content check on the new folder and says, in the
 * author's language, what is still to fill in (the French slug, the summaries, the statements).
 * CONTENT_DIR points it at another content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem } from '../lib/check';
import { readCorpus } from '../lib/check/read';
import { folderSource } from '../lib/check/source';
import { isRealIsoDay, todayInToronto } from '../lib/core/dates';
import { languageFileName } from '../lib/content/document-kinds';
import { type KnownText, memoFolderName, memoTextTemplate, type NewMemoInput } from '../lib/content/scaffold';
import { editorModel } from '../lib/editor/model';
import { docxToHtml } from '../lib/import/docx';
import { dateOfPrintedDate, senderOf, shortName } from '../lib/import/memo-facts';
import { type ImportedText, memoFromHtml } from '../lib/import/memo-from-html';
import { authorLanguage } from '../lib/i18n/author-language';
import { type Locale, locales } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';
import { latestMemoDefaults } from './memo-defaults';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const language = authorLanguage();
const t = translator(language, 'ContentCheck');

/** What an import gives: the new memo's folder and files, and what is left to fill in; or why nothing can be written. */
export type ImportResult = { folder: string; files: Record<string, string>; notes: string[] } | { problems: string[] };

/**
 * The memo folder made from Word files (French first, then English), in the author's language,
 * beside the content of `contentDir`, without writing anything: npm run import:memo writes the
 * files, npm run edit saves them as a draft in the web editor.
 */
export async function importMemo(words: Locale, contentDir: string, word: Partial<Record<Locale, { name: string; bytes: Buffer }>>, options: { name?: string; date?: string } = {}): Promise<ImportResult> {
  const t = translator(words, 'ContentCheck');
  const texts: Partial<Record<Locale, ImportedText>> = {};
  for (const locale of ['fr', 'en'] as const) {
    const file = word[locale];
    if (!file) continue;
    const html = await docxToHtml(file.bytes);
    if ('problem' in html) return { problems: [t(`importMemo.${html.problem}`, { file: file.name, count: html.count ?? 0 })] };
    const memo = memoFromHtml(html.html, locale);
    if ('problem' in memo) return { problems: [t('importMemo.noHeader', { file: file.name, missing: memo.missing.join(', ') })] };
    texts[locale] = memo;
  }
  const original = texts.fr ?? texts.en;
  if (!original) return { problems: [t('importMemo.usage')] };
  const date = options.date ?? dateOfPrintedDate(original.printedDate);
  if (!date || !isRealIsoDay(date)) return { problems: [t('importMemo.noDate', { file: (word.fr ?? word.en)!.name, printed: original.printedDate })] };
  const name = options.name ?? shortName((texts.en ?? original).title, date);
  const folder = memoFolderName({ date, name });
  if (fs.existsSync(path.join(contentDir, 'memos', folder))) return { problems: [t('importMemo.exists', { folder })] };

  const defaults = latestMemoDefaults(contentDir);
  const sender = senderOf(original.from, editorModel(readCorpus(folderSource(contentDir))).senders);
  const input: NewMemoInput = {
    date,
    publishedOnSite: todayInToronto(),
    name,
    sender: sender ?? '',
    originalLanguage: 'fr',
    recipients: { en: texts.en?.recipients ?? defaults.recipients.en, fr: texts.fr?.recipients ?? defaults.recipients.fr },
    header: {
      en: texts.en ? { heading: texts.en.heading, headerLabels: texts.en.headerLabels } : defaults.header.en,
      fr: texts.fr ? { heading: texts.fr.heading, headerLabels: texts.fr.headerLabels } : defaults.header.fr,
    },
    // Both languages from the ministry: this site translated neither.
    ...(texts.fr && texts.en ? { translatedForSite: [] } : {}),
  };
  const files = Object.fromEntries(
    locales.map((locale) => {
      const text = texts[locale];
      const known: KnownText | undefined = text && { title: text.title, from: text.from, printedDate: text.printedDate, cc: text.cc, body: text.body };
      return [languageFileName(locale), memoTextTemplate(input, locale, known)];
    }),
  );
  return { folder, files, notes: sender ? [] : [t('importMemo.noSender', { from: original.from })] };
}

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`✖ ${line}\n`);
  process.stderr.write(`${t('importMemo.nothingWritten')}\n`);
  process.exit(1);
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' } } });
  if (positionals.length < 1 || positionals.length > 2) fail([t('importMemo.usage')]);
  // The French file first (the ministry issues its memos in French first), then the English one.
  const word: Partial<Record<Locale, { name: string; bytes: Buffer }>> = {};
  for (const [i, file] of positionals.entries()) {
    const name = path.relative(process.cwd(), path.resolve(file)) || file;
    try {
      word[i === 0 ? 'fr' : 'en'] = { name, bytes: fs.readFileSync(file) };
    } catch {
      fail([t('importMemo.noFile', { file: name })]);
    }
  }
  const result = await importMemo(language, contentDir, word, { name: values.name, date: values.date });
  if ('problems' in result) fail(result.problems);
  const target = path.join(contentDir, 'memos', result.folder);
  fs.mkdirSync(target, { recursive: true });
  for (const [name, text] of Object.entries(result.files)) fs.writeFileSync(path.join(target, name), text);
  process.stdout.write(`✔ ${t('importMemo.written', { folder: result.folder })}\n`);
  for (const note of result.notes) process.stdout.write(`• ${note}\n`);
  const problems = checkContent(contentDir).filter((problem) => problem.file.includes(`/memos/${result.folder}/`));
  if (problems.length > 0) {
    process.stdout.write(`\n${t('importMemo.stillMissing', { count: problems.length })}\n`);
    for (const problem of problems) process.stdout.write(`  ${formatProblem(problem, language)}\n`);
  }
  process.stdout.write(`\n${t('importMemo.statements')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main().catch(() => fail([t('importMemo.usage')]));
