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

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`✖ ${line}\n`);
  process.stderr.write(`${t('importMemo.nothingWritten')}\n`);
  process.exit(1);
}

async function readMemo(file: string, locale: Locale): Promise<ImportedText> {
  const shown = path.relative(process.cwd(), path.resolve(file)) || file;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    fail([t('importMemo.noFile', { file: shown })]);
  }
  const html = await docxToHtml(bytes);
  if ('problem' in html) fail([t(`importMemo.${html.problem}`, { file: shown, count: html.count ?? 0 })]);
  const memo = memoFromHtml(html.html, locale);
  if ('problem' in memo) fail([t('importMemo.noHeader', { file: shown, missing: memo.missing.join(', ') })]);
  return memo;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' } } });
  if (positionals.length < 1 || positionals.length > 2) fail([t('importMemo.usage')]);
  // The French file first (the ministry issues its memos in French first), then the English one.
  const files = Object.fromEntries(positionals.map((file, i) => [i === 0 ? 'fr' : 'en', file])) as Partial<Record<Locale, string>>;
  const texts: Partial<Record<Locale, ImportedText>> = {};
  for (const locale of ['fr', 'en'] as const) if (files[locale]) texts[locale] = await readMemo(files[locale], locale);
  const original = texts.fr ?? texts.en!;
  const date = values.date ?? dateOfPrintedDate(original.printedDate);
  if (!date || !isRealIsoDay(date)) fail([t('importMemo.noDate', { file: files.fr ?? files.en ?? '', printed: original.printedDate })]);
  const name = values.name ?? shortName((texts.en ?? original).title, date);
  const folder = memoFolderName({ date, name });
  const target = path.join(contentDir, 'memos', folder);
  if (fs.existsSync(target)) fail([t('importMemo.exists', { folder })]);

  const defaults = latestMemoDefaults(contentDir);
  const senders = editorModel(readCorpus(folderSource(contentDir))).senders;
  const sender = senderOf(original.from, senders);
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
  fs.mkdirSync(target, { recursive: true });
  for (const locale of locales) {
    const text = texts[locale];
    const known: KnownText | undefined = text && { title: text.title, from: text.from, printedDate: text.printedDate, cc: text.cc, body: text.body };
    fs.writeFileSync(path.join(target, languageFileName(locale)), memoTextTemplate(input, locale, known));
  }
  process.stdout.write(`✔ ${t('importMemo.written', { folder })}\n`);
  if (!sender) process.stdout.write(`• ${t('importMemo.noSender', { from: original.from })}\n`);
  const problems = checkContent(contentDir).filter((problem) => problem.file.includes(`/memos/${folder}/`));
  if (problems.length > 0) {
    process.stdout.write(`\n${t('importMemo.stillMissing', { count: problems.length })}\n`);
    for (const problem of problems) process.stdout.write(`  ${formatProblem(problem, language)}\n`);
  }
  process.stdout.write(`\n${t('importMemo.statements')}\n`);
}

main().catch(() => fail([t('importMemo.usage')]));
