/**
 * What a new memo takes from the latest one (npm run new:memo, npm run import:memo): its sender,
 * and each language's recipients, printed heading and header labels.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { editorText } from '../lib/check/read';
import { languageFileName } from '../lib/content/document-kinds';
import { emptyHeader, type MemoHeaderDefaults } from '../lib/content/scaffold';
import { type Locale, locales } from '../lib/i18n/locales';

export type Defaults = { sender?: string; recipients: Record<Locale, string>; header: Record<Locale, MemoHeaderDefaults> };
const fallback: Defaults = {
  recipients: { en: 'Employment Ontario service delivery partners', fr: 'Partenaires de la prestation de services d’Emploi Ontario' },
  header: { en: emptyHeader, fr: emptyHeader },
};

/**
 * Defaults from the most recent memo that can be read: its sender and each language's
 * recipients, heading and labels. A memo that cannot be read (a broken file, a missing language)
 * is passed over: the scaffold never fails because of another memo.
 */
export function latestMemoDefaults(contentDir: string, skipped: (folder: string) => void = () => {}): Defaults {
  const memosDir = path.join(contentDir, 'memos');
  const folders = fs.existsSync(memosDir) ? fs.readdirSync(memosDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().reverse() : [];
  for (const folder of folders) {
    try {
      return defaultsFrom(path.join(memosDir, folder));
    } catch {
      skipped(folder);
    }
  }
  return fallback;
}

function defaultsFrom(dir: string): Defaults {
  const read = (file: string) => editorText(fs.readFileSync(path.join(dir, file), 'utf8'));
  const frontMatter = (file: string) =>
    parse(/^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '') as { recipients?: string; sender?: string } & Partial<MemoHeaderDefaults>;
  const headerOf = (locale: Locale): MemoHeaderDefaults => {
    const { heading, headerLabels } = frontMatter(languageFileName(locale));
    return { heading: heading ?? '', headerLabels: { ...emptyHeader.headerLabels, ...headerLabels } };
  };
  return {
    // The memo's facts are at the end of its French text's front matter.
    sender: frontMatter(languageFileName('fr')).sender,
    recipients: Object.fromEntries(locales.map((l) => [l, frontMatter(languageFileName(l)).recipients ?? fallback.recipients[l]])) as Record<Locale, string>,
    header: Object.fromEntries(locales.map((l) => [l, headerOf(l)])) as Record<Locale, MemoHeaderDefaults>,
  };
}

