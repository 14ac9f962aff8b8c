import type { z } from 'zod';
import { fixSeparator } from '../content/schemas/fields';

/** One thing wrong in the content, said so that a non-developer can fix it. */
export type ContentProblem = {
  /** Path relative to the working directory, e.g. content/memos/2022-09-22-x/memo.yaml */
  file: string;
  line?: number;
  field?: string;
  message: string;
  fix: string;
  /** The rule that found it (lib/check/rules/), or "read" when the file could not be read as its schema says. */
  rule?: string;
};

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` — field "${p.field}"` : '';
  return `${where}${field}: ${p.message}\n    Fix: ${p.fix}`;
}

// A schema check's message carries its fix after a separator (withFix, lib/content/schemas/fields.ts).

/** Schema types in words for content authors. */
const kindInWords: Record<string, string> = {
  array: 'a list (one "- item" per line, or [a, b])',
  string: 'text',
  number: 'a number',
  object: 'a group of fields',
  boolean: 'true or false',
};

function describeInput(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'nothing';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return 'text';
  return typeof input === 'number' ? 'a number' : String(typeof input);
}

function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What is wrong and how to fix it, for one schema issue on one field. */
export function explainIssue(issue: z.core.$ZodIssue, field: string): { message: string; fix: string } {
  const [message, attachedFix] = issue.message.split(fixSeparator);
  const paramFix = (issue as { params?: { fix?: string } }).params?.fix;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { message: 'is missing', fix: `add the field "${field}" (see content/README.md for an example).` }
        : { message: `should be ${kindInWords[issue.expected] ?? issue.expected}, not ${describeInput(issue.input)}`, fix: `write "${field}" as ${kindInWords[issue.expected] ?? issue.expected}.` };
    case 'invalid_value':
      return issue.input === undefined
        ? { message: 'is missing', fix: `add "${field}": one of ${issue.values.map(String).join(', ')}.` }
        : { message: `"${shownValue(issue.input)}" is not allowed`, fix: `use one of: ${issue.values.map(String).join(', ')}.` };
    case 'unrecognized_keys':
      return { message: 'is not a field of this file', fix: `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed fields are listed in content/README.md.` };
    case 'invalid_union':
      return { message: attachedFix ? message : `is not in a form this field takes`, fix: attachedFix ?? paramFix ?? `check "${field}" against the example in content/README.md.` };
    case 'too_small':
      return { message, fix: attachedFix ?? `fill in "${field}".` };
    case 'too_big':
      return { message, fix: attachedFix ?? `shorten "${field}" to the length the message gives.` };
    default:
      return { message, fix: attachedFix ?? paramFix ?? `correct "${field}" (see content/README.md).` };
  }
}
