import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { type ContentProblem, fieldInWords, render } from './problems';

/**
 * The check's problems where a reviewer reads them on the git host: one workflow annotation per
 * problem (GitHub shows it on the file and line of the pull request) and a table for the run's
 * summary. Same words as the terminal, in the same language.
 */

// Workflow commands end at a newline and split properties at "," and ":": those are escaped.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,title=…::message` for one problem. */
export function annotation(problem: ContentProblem, locale: Locale): string {
  const t = translator(locale, 'ContentCheck');
  const properties = [
    ...(problem.file.includes('/') ? [`file=${escapeProperty(problem.file)}`] : []),
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(problem.field ? fieldInWords(problem.field, locale) : problem.file)}`,
  ];
  const text = `${render(problem.message, locale)}\n${t('report.fix', { fix: render(problem.fix, locale) })}`;
  return `::error ${properties.join(',')}::${escapeData(text)}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A Markdown table of the problems for the run's summary page. */
export function summaryTable(problems: ContentProblem[], locale: Locale): string {
  const t = translator(locale, 'ContentCheck');
  const rows = problems.map((p) =>
    [p.line ? `${p.file}:${p.line}` : p.file, p.field ? fieldInWords(p.field, locale) : '', render(p.message, locale), render(p.fix, locale)].map(cell).join(' | '),
  );
  return [`### ${t('report.problems', { count: problems.length })}`, '', `| ${t('summary.columns')} |`, '|---|---|---|---|', ...rows.map((r) => `| ${r} |`), ''].join('\n');
}
