/**
 * npm run due -- --since <instant | address of the live site> [--until <instant>] [--daily-at 05:00]
 *                [--event push] [--lang fr]
 *
 * Says whether the live site must be rebuilt: a scheduled memo, source or change note became due
 * between two instants (since the live site was built, read from its build.json, and now), or the
 * daily rebuild's Toronto time (--daily-at) passed in between, or the run is for a change to
 * main or by hand (--event push | workflow_dispatch). Instants carry their zone (2026-12-08T14:00Z,
 * …-05:00); items and the daily time are Toronto's. Prints why in words; on a git host, writes
 * due=true|false to $GITHUB_OUTPUT, so the deploy workflow holds no logic of its own. Exits 0
 * either way, 2 when it cannot answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { folderSource } from '../lib/check';
import { readCorpus } from '../lib/check/read';
import { publicationTimes } from '../lib/check/scheduled';
import { type BuildRecord, dailyTimes, dueBetween } from '../lib/content/publication';
import { dayOf, publicationMinute } from '../lib/core/toronto-time';
import { authorLanguage } from '../lib/i18n/author-language';
import { formatClockTime, formatLongDate } from '../lib/i18n/date-format';
import { translator } from '../lib/i18n/messages';

const locale = authorLanguage();
const t = translator(locale, 'ContentCheck');

/** An instant written with its zone; a bare date-time is refused, since the host's clock is UTC and Toronto's is not. */
function instant(value: string): Date | undefined {
  if (!/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The instant the live site was built for: its build.json, from an address or a file. */
async function liveSince(where: string): Promise<Date | undefined> {
  try {
    const text = /^https?:\/\//.test(where) ? await (await fetch(new URL('build.json', where.endsWith('/') ? where : `${where}/`))).text() : fs.readFileSync(where, 'utf8');
    return instant((JSON.parse(text) as BuildRecord).instant);
  } catch {
    return undefined;
  }
}

function answer(due: boolean): number {
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `due=${due}\n`);
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { since: { type: 'string' }, until: { type: 'string' }, 'daily-at': { type: 'string' }, event: { type: 'string' }, lang: { type: 'string' } }, strict: false });
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const event = text(values.event);
  if (event === 'push' || event === 'workflow_dispatch') {
    console.log(`✔ ${t('due.event', { event })}`);
    return answer(true);
  }
  const sinceText = text(values.since);
  if (!sinceText) {
    console.error(`✖ ${t('due.noSince', { example: '--since 2026-12-08T14:00Z' })}`);
    return 2;
  }
  const dailyAt = text(values['daily-at']);
  if (dailyAt !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(dailyAt)) {
    console.error(`✖ ${t('due.badDaily', { value: dailyAt, example: '--daily-at 05:00' })}`);
    return 2;
  }
  const isAddress = /^https?:\/\//.test(sinceText);
  const since = instant(sinceText) ?? (await liveSince(sinceText));
  if (!since && isAddress) {
    // No build.json to read: the site was never deployed, or not by this workflow. Build it.
    console.log(`✔ ${t('due.noLiveBuild', { address: sinceText })}`);
    return answer(true);
  }
  const until = text(values.until) === undefined ? new Date() : instant(text(values.until)!);
  if (!since || !until) {
    console.error(`✖ ${t('due.unreadable', { value: !since ? sinceText : String(values.until), example: '2026-12-08T14:00Z' })}`);
    return 2;
  }
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  const due = dueBetween(publicationTimes(readCorpus(folderSource(contentDir))), since, until);
  const daily = dailyAt ? dueBetween(dailyTimes(dailyAt, since, until), since, until) : [];
  const between = { since: since.toISOString(), until: until.toISOString() };
  if (due.length === 0 && daily.length === 0) console.log(`– ${t('due.nothing', between)}`);
  if (daily.length > 0) console.log(`✔ ${t('due.daily', { ...between, time: formatClockTime(daily[0]!.publishedOnSite, locale) })}`);
  if (due.length > 0) {
    console.log(`✔ ${t('due.some', { ...between, count: due.length })}`);
    for (const item of due) {
      const when = publicationMinute(item.publishedOnSite);
      console.log(`  ${t('due.item', { what: t(`notices.kind.${item.kind}`), file: item.line ? `${item.file}:${item.line}` : item.file, date: formatLongDate(dayOf(when), locale).text, time: formatClockTime(when, locale) })}`);
    }
  }
  return answer(due.length + daily.length > 0);
}

main().then((status) => process.exit(status));
