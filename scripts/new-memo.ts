/**
 * npm run new:memo -- --date 2024-05-01 --name phase-3-update [--sender jody-young] [--original fr]
 *   [--published-on-site 2024-05-02]  (the day this site publishes it; today in Toronto by default)
 * Scaffolds content/memos/<date>-<name>/ with memo.yaml, fr.md and en.md. Asks for what is
 * missing when run in a terminal. CONTENT_DIR points it at another content folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { editorText } from '../lib/check/read';
import { isLocale, type Locale, locales } from '../lib/i18n/locales';
import { isRealIsoDay, todayInToronto } from '../lib/core/dates';
import { checkNewMemoInput, emptyHeader, type MemoHeaderDefaults, memoFolderName, memoTextTemplate, memoYamlTemplate } from '../lib/content/scaffold';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const { values } = parseArgs({
  options: { date: { type: 'string' }, name: { type: 'string' }, sender: { type: 'string' }, original: { type: 'string' }, 'published-on-site': { type: 'string' } },
});

type Defaults = { sender?: string; recipients: Record<Locale, string>; header: Record<Locale, MemoHeaderDefaults> };
const fallback: Defaults = {
  recipients: { en: 'Employment Ontario service delivery partners', fr: 'Partenaires de la prestation de services d’Emploi Ontario' },
  header: { en: emptyHeader, fr: emptyHeader },
};

/**
 * Defaults from the most recent memo that can be read: its sender and each language's
 * recipients, heading and labels. A memo that cannot be read (a broken file, a missing language)
 * is passed over: the scaffold never fails because of another memo.
 */
function latestMemoDefaults(): Defaults {
  const memosDir = path.join(contentDir, 'memos');
  const folders = fs.existsSync(memosDir) ? fs.readdirSync(memosDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().reverse() : [];
  for (const folder of folders) {
    try {
      return defaultsFrom(path.join(memosDir, folder));
    } catch {
      console.warn(`(Skipped ${folder} for defaults: it cannot be read.)`);
    }
  }
  return fallback;
}

function defaultsFrom(dir: string): Defaults {
  const read = (file: string) => editorText(fs.readFileSync(path.join(dir, file), 'utf8'));
  const frontMatter = (file: string) =>
    parse(/^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '') as { recipients?: string } & Partial<MemoHeaderDefaults>;
  const headerOf = (locale: Locale): MemoHeaderDefaults => {
    const { heading, headerLabels } = frontMatter(`${locale}.md`);
    return { heading: heading ?? '', headerLabels: { ...emptyHeader.headerLabels, ...headerLabels } };
  };
  return {
    sender: (parse(read('memo.yaml')) as { sender?: string }).sender,
    recipients: Object.fromEntries(locales.map((l) => [l, frontMatter(`${l}.md`).recipients ?? fallback.recipients[l]])) as Record<Locale, string>,
    header: Object.fromEntries(locales.map((l) => [l, headerOf(l)])) as Record<Locale, MemoHeaderDefaults>,
  };
}

async function ask(question: string, fallback?: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
  rl.close();
  return answer || fallback || '';
}

async function main() {
  const defaults = latestMemoDefaults();
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  let { date, name, sender, original } = values;
  if (interactive) {
    date ??= await ask('Date of the memo (YYYY-MM-DD)');
    name ??= await ask('Short English name, with hyphens (e.g. phase-3-update)');
    sender ??= await ask('Sender id (file name in content/senders/)', defaults.sender);
    original ??= await ask('Language the ministry issued it in (fr or en)', 'fr');
  }
  sender ??= defaults.sender;
  original ??= 'fr';
  const publishedOnSite = values['published-on-site'] ?? todayInToronto();
  const problems = [
    ...(isRealIsoDay(publishedOnSite) ? [] : [`--published-on-site "${publishedOnSite}" is not a real date written YYYY-MM-DD`]),
    ...(!date || !name ? ['--date and --name are required (or run it in a terminal to be asked)'] : checkNewMemoInput({ date, name })),
    ...(isLocale(original) ? [] : [`--original "${original}" must be fr or en`]),
    ...(sender ? [] : ['--sender is required: no earlier memo to take it from']),
    ...(sender && !fs.existsSync(path.join(contentDir, 'senders', `${sender}.yaml`)) ? [`--sender "${sender}" has no file content/senders/${sender}.yaml`] : []),
  ];
  const folder = date && name ? path.join(contentDir, 'memos', memoFolderName({ date, name })) : '';
  if (folder && fs.existsSync(folder)) problems.push(`${path.relative(process.cwd(), folder)} already exists`);
  if (problems.length > 0) {
    console.error(`✖ Nothing was created:\n${problems.map((p) => `  - ${p}`).join('\n')}\n\nUsage: npm run new:memo -- --date 2024-05-01 --name phase-3-update [--sender id] [--original fr|en] [--published-on-site YYYY-MM-DD]`);
    process.exit(1);
  }
  const input = { date: date!, publishedOnSite, name: name!, sender: sender!, originalLanguage: original as Locale, recipients: defaults.recipients, header: defaults.header };
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'memo.yaml'), memoYamlTemplate(input));
  for (const locale of locales) fs.writeFileSync(path.join(folder, `${locale}.md`), memoTextTemplate(input, locale));
  const rel = path.relative(process.cwd(), folder);
  console.log(`✔ Created ${rel}/ with memo.yaml, fr.md and en.md.

Next:
  1. In fr.md and en.md, fill in title, summary, from, printedDate and (in fr.md) the French slug,
     check heading and headerLabels against the memo, then write the body.
  2. In memo.yaml, add the memo's statements; add the address of the original and the addresses
     printed in the memo only if there are any (see the comments).
  3. npm run check:content   — lists anything still missing or wrong.
  4. npm run dev             — preview at http://localhost:3000 while you edit.`);
}

void main();
