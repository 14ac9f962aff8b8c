/**
 * npm run new:memo -- --date 2024-05-01 --name phase-3-update [--sender jody-young] [--original fr]
 *   [--published-on-site 2024-05-02]  (the day this site publishes it; today in Toronto by default)
 *   [--lang fr]  (the language it answers in; the terminal's by default)
 * Scaffolds content/memos/<date>-<name>/ with index.fr.md (its French text and the memo's facts) and index.en.md. Asks for what is
 * missing when run in a terminal. CONTENT_DIR points it at another content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isLocale, type Locale, locales } from '../lib/i18n/locales';
import { isRealIsoDay, todayInToronto } from '../lib/core/dates';
import { authorLanguage } from '../lib/i18n/author-language';
import { translator } from '../lib/i18n/messages';
import { checkNewMemoInput, memoFolderName, memoTextTemplate } from '../lib/content/scaffold';
import { languageFileName } from '../lib/content/document-kinds';
import { latestMemoDefaults } from './memo-defaults';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { values } = parseArgs({
  options: { date: { type: 'string' }, name: { type: 'string' }, sender: { type: 'string' }, original: { type: 'string' }, 'published-on-site': { type: 'string' }, lang: { type: 'string' } },
});
const t = translator(authorLanguage(), 'ContentCheck');
const usage = 'npm run new:memo -- --date 2024-05-01 --name phase-3-update [--sender id] [--original fr|en] [--published-on-site YYYY-MM-DD] [--lang fr|en]';

async function ask(question: string, fallback?: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
  rl.close();
  return answer || fallback || '';
}

async function main() {
  const defaults = latestMemoDefaults(contentDir, (folder) => console.warn(t('newMemo.skipped', { folder })));
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  let { date, name, sender, original } = values;
  if (interactive) {
    date ??= await ask(t('newMemo.askDate'));
    name ??= await ask(t('newMemo.askName'));
    sender ??= await ask(t('newMemo.askSender'), defaults.sender);
    original ??= await ask(t('newMemo.askOriginal'), 'fr');
  }
  sender ??= defaults.sender;
  original ??= 'fr';
  const publishedOnSite = values['published-on-site'] ?? todayInToronto();
  const problems = [
    ...(isRealIsoDay(publishedOnSite) ? [] : [t('newMemo.publishedOnSiteNotReal', { option: '--published-on-site', value: publishedOnSite })]),
    ...(!date || !name ? [t('newMemo.dateAndNameRequired', { date: '--date', name: '--name' })] : checkNewMemoInput({ date, name }).map((p) => t(`newMemo.${p.key}`, p.values))),
    ...(isLocale(original) ? [] : [t('newMemo.originalLanguage', { option: '--original', value: original })]),
    ...(sender ? [] : [t('newMemo.senderRequired', { option: '--sender' })]),
    ...(sender && !fs.existsSync(path.join(contentDir, 'senders', `${sender}.yaml`)) ? [t('newMemo.senderMissing', { option: '--sender', value: sender, file: `content/senders/${sender}.yaml` })] : []),
  ];
  const folder = date && name ? path.join(contentDir, 'memos', memoFolderName({ date, name })) : '';
  if (folder && fs.existsSync(folder)) problems.push(t('newMemo.exists', { folder: path.relative(process.cwd(), folder) }));
  if (problems.length > 0) {
    console.error(`✖ ${t('newMemo.nothingCreated')}\n${problems.map((p) => `  - ${p}`).join('\n')}\n\n${t('newMemo.usage', { usage })}`);
    process.exit(1);
  }
  const input = { date: date!, publishedOnSite, name: name!, sender: sender!, originalLanguage: original as Locale, recipients: defaults.recipients, header: defaults.header };
  fs.mkdirSync(folder, { recursive: true });
  for (const locale of locales) fs.writeFileSync(path.join(folder, languageFileName(locale)), memoTextTemplate(input, locale));
  const rel = path.relative(process.cwd(), folder);
  console.log(`✔ ${t('newMemo.created', { folder: `${rel}/` })}

${t('newMemo.next')}
  1. ${t('newMemo.step1')}
  2. ${t('newMemo.step2')}
  3. ${t('newMemo.step3', { command: 'npm run check:content' })}
  4. ${t('newMemo.step4', { command: 'npm run dev', address: 'http://localhost:3000' })}`);
}

void main();
