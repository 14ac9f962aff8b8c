import { z } from 'zod';
import { isRealIsoDay } from './dates';
import { locales } from './i18n/locales';

/**
 * The schema of every content file, as staff write it. The validator (lib/validate.ts) checks
 * files against it before Contentlayer compiles them, because Contentlayer does not check enum
 * values and silently rolls impossible dates over (2022-02-30 → 2022-03-02).
 */

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

export const isoDay = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealIsoDay, 'is not a real calendar day');

const locale = z.enum(locales);
const nonEmpty = z.string({ error: 'is required' }).trim().min(1, 'must not be empty');

export const memoYamlSchema = z
  .object({
    date: isoDay,
    sender: kebabId,
    originalLanguage: locale,
    translatedForSite: z.array(locale).default([]),
    originalDocuments: z
      .array(z.object({ language: locale, url: z.url({ protocol: /^https?$/ }) }).strict())
      .min(1, 'must list at least one original document'),
  })
  .strict();

export const memoTextSchema = z
  .object({
    title: nonEmpty,
    slug: kebabId,
    summary: nonEmpty.max(300, 'must be 300 characters or fewer'),
    recipients: nonEmpty,
    cc: z.array(nonEmpty).default([]),
  })
  .strict();

export const pageTextSchema = z
  .object({
    title: nonEmpty,
    slug: kebabId,
    summary: nonEmpty,
    updated: isoDay,
  })
  .strict();

const localizedText = z.object({ en: nonEmpty, fr: nonEmpty }).strict();

export const senderYamlSchema = z
  .object({
    name: nonEmpty,
    role: localizedText,
    division: localizedText,
  })
  .strict();

export type MemoYaml = z.infer<typeof memoYamlSchema>;
export type MemoText = z.infer<typeof memoTextSchema>;
export type PageText = z.infer<typeof pageTextSchema>;
export type SenderYaml = z.infer<typeof senderYamlSchema>;
