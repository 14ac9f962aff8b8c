import type { z } from 'zod';
import { catalogueMark, fixSeparator, partsOfYear, perLanguage } from '../content/schemas/fields';
import { zonedAsToronto } from '../core/toronto-time';
import type { Locale } from '../i18n/locales';
import { messages, translator, type Translator } from '../i18n/messages';

/**
 * What the check says, in the author's language: a key of the ContentCheck namespace of
 * messages/*.json with its values (a value may itself be a text, translated with it). Problems
 * carry texts, not sentences, so the same problem reads in French or English.
 */
export type CheckKey = Parameters<Translator<'ContentCheck'>>[0];
export type CheckText = { key: CheckKey; values?: Record<string, string | number | CheckText> };
export const checkText = (key: CheckKey, values?: CheckText['values']): CheckText => ({ key, values });

/** One thing wrong in the content, said so that a non-developer can fix it. */
export type ContentProblem = {
  /** Path relative to the working directory, e.g. content/memos/2022-09-22-x/index.fr.md */
  file: string;
  line?: number;
  /** The field's path in the file, e.g. statements.0.end (shown as "statement 1, end"). */
  field?: string;
  /** A text of the catalogue; plain English only where a rule has not moved to it yet. */
  message: CheckText | string;
  fix: CheckText | string;
  /** The rule that found it (lib/check/rules/), or "read" when the file could not be read as its schema says. */
  rule?: string;
};

/** A problem's message or fix in one language. */
export function render(text: CheckText | string, locale: Locale): string {
  if (typeof text === 'string') return text;
  const values = Object.fromEntries(Object.entries(text.values ?? {}).map(([name, value]) => [name, typeof value === 'object' ? render(value, locale) : value]));
  return translator(locale, 'ContentCheck')(text.key, values as never);
}

/**
 * A field's path as an author counts: statements.0.end → "statement 1, end" / « énoncé 1, fin
 * (end) ». A list's items are numbered from 1; in French the field's name in the file follows
 * its name in words, since the file keeps the English name.
 */
export function fieldInWords(field: string, locale: Locale): string {
  const { fields, items } = messages[locale].ContentCheck as { fields: Record<string, string>; items: Record<string, string> };
  const segments = field.split('.');
  const words: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const key = segments[i]!;
    const next = segments[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      words.push(translator(locale, 'ContentCheck')('report.item', { name: items[key] ?? key, number: Number(next) + 1 }));
      i += 1;
    } else if (/^\d+$/.test(key)) {
      words.push(String(Number(key) + 1));
    } else {
      const name = fields[key] ?? key;
      words.push(name === key || i < segments.length - 1 ? name : `${name} (${key})`);
    }
  }
  return words.join(', ');
}

export function formatProblem(p: ContentProblem, locale: Locale = 'en'): string {
  const t = translator(locale, 'ContentCheck');
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const message = render(p.message, locale);
  const line = p.field ? t('report.withField', { where, field: fieldInWords(p.field, locale), message }) : t('report.withoutField', { where, message });
  return `${line}\n    ${t('report.fix', { fix: render(p.fix, locale) })}`;
}

// A schema check's message carries its fix after a separator (withFix, lib/content/schemas/fields.ts).

function kindOf(input: unknown): CheckText {
  if (Array.isArray(input)) return checkText('kinds.list');
  if (input === null) return checkText('kinds.nothing');
  if (typeof input === 'object') return checkText('kinds.object');
  if (typeof input === 'string') return checkText('kinds.string');
  return checkText(typeof input === 'number' ? 'kinds.number' : 'kinds.other');
}

const expectedKinds = new Set(['array', 'string', 'number', 'object', 'boolean']);
const expectedKind = (expected: string): CheckText => checkText(expectedKinds.has(expected) ? (`kinds.${expected}` as CheckKey) : 'kinds.other');

function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A date typed as Word writes it (30/09/2023, 30.09.2023), written as the site needs it, when that is unambiguous. */
function dateAsWritten(input: unknown): string | undefined {
  const match = typeof input === 'string' ? /^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$/.exec(input) : null;
  if (!match) return undefined;
  const [a, b, year] = [Number(match[1]), Number(match[2]), match[3]];
  const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [undefined, undefined];
  return day && month ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

/**
 * A schema's error text as a text of the catalogue (catalogued keys, lib/content/schemas/fields.ts),
 * with the values every schema message may use; a text without the mark is kept as written.
 */
function fromSchema(text: string, issue: z.core.$ZodIssue): CheckText | string {
  if (!text.startsWith(catalogueMark)) return text;
  const key = text.slice(catalogueMark.length) as CheckKey;
  const given: Record<string, string | number> = { ...(issue as { params?: { values?: Record<string, string> } }).params?.values };
  // A field too long says how long it is, and the most it may be.
  if (issue.code === 'too_big') Object.assign(given, { max: Number(issue.maximum), length: String((issue as { input?: unknown }).input ?? '').length });
  const example = dateAsWritten((issue as { input?: unknown }).input) ?? (key === 'schema.isoDayFix' ? '2022-09-22' : '2023-10-01');
  // A time written with its own zone is shown as Toronto's clocks read it.
  const toronto = zonedAsToronto((issue as { input?: unknown }).input) ?? '2026-12-08T09:00';
  return checkText(key, { perLanguage, https: 'https://', http: 'http://', parts: partsOfYear, example, toronto, ...given });
}

/** What is wrong and how to fix it, for one schema issue on one field. */
export function explainIssue(issue: z.core.$ZodIssue, field: string | CheckText): { message: CheckText | string; fix: CheckText | string } {
  const [rawMessage, rawFix] = issue.message.split(fixSeparator);
  const message = fromSchema(rawMessage!, issue);
  const attachedFix = rawFix === undefined ? undefined : fromSchema(rawFix, issue);
  const paramFixText = (issue as { params?: { fix?: string } }).params?.fix;
  const paramFix = paramFixText === undefined ? undefined : fromSchema(paramFixText, issue);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { message: checkText('schema.missing'), fix: checkText('schema.missingFix', { field }) }
        : { message: checkText('schema.wrongKind', { expected: expectedKind(issue.expected), actual: kindOf(issue.input) }), fix: checkText('schema.wrongKindFix', { field, expected: expectedKind(issue.expected) }) };
    case 'invalid_value':
      return issue.input === undefined
        ? { message: checkText('schema.missing'), fix: checkText('schema.missingChoiceFix', { field, values: issue.values.map(String).join(', ') }) }
        : { message: checkText('schema.notAllowed', { value: shownValue(issue.input) }), fix: checkText('schema.notAllowedFix', { values: issue.values.map(String).join(', ') }) };
    case 'unrecognized_keys':
      return { message: checkText('schema.notAField'), fix: checkText('schema.notAFieldFix', { keys: issue.keys.map((k) => `"${k}"`).join(', ') }) };
    case 'invalid_union':
      return { message: attachedFix ? message : checkText('schema.notAForm'), fix: attachedFix ?? paramFix ?? checkText('schema.compareFix', { field }) };
    case 'too_small':
      return { message, fix: attachedFix ?? checkText('schema.fillFix', { field }) };
    case 'too_big':
      return { message, fix: attachedFix ?? checkText('schema.shortenFix', { field }) };
    default:
      return { message, fix: attachedFix ?? paramFix ?? checkText('schema.correctFix', { field }) };
  }
}
