import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { memoInput } from '../fixtures/memo-input';
import { memoTextSchema, memoYamlSchema } from '@/lib/content/schemas/memo';
import { withoutEmptyOptionalFields } from '@/lib/content/schemas/fields';
import { emptyHeader, memoFactsTemplate, memoTextTemplate } from '@/lib/content/scaffold';

/** What `npm run new:memo` writes (the end-to-end run is tests/integration/publish-new-memo.test.ts). */
const input = memoInput({ date: '2026-11-20', publishedOnSite: '2026-11-21', name: 'phase-3-update' });

const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;

describe('the memo scaffold', () => {
  it('writes no address in the memo’s facts: the original and the printed addresses are commented out', () => {
    const text = memoFactsTemplate(input);
    const data = parse(text) as Record<string, unknown>;
    expect(data).not.toHaveProperty('originalDocuments');
    expect(data).not.toHaveProperty('printedAddresses');
    expect(text).not.toMatch(/^[^#\n]*https?:/m);
    // statements: and changes: are written with nothing under them, so examples can be uncommented.
    expect(data).toMatchObject({ statements: null, changes: null });
    expect(memoYamlSchema.safeParse(withoutEmptyOptionalFields(memoYamlSchema, data)).data).toMatchObject({ statements: [], changes: [] });
  });

  it('comments out fields that are valid once uncommented (the placeholder check then asks for the real address)', () => {
    const uncommented = memoFactsTemplate(input).replace(/^# (?:originalDocuments|printedAddresses):\n(?:# {3}.*\n)+/gm, (block) => block.replace(/^# /gm, ''));
    const data = memoYamlSchema.parse(withoutEmptyOptionalFields(memoYamlSchema, parse(uncommented)));
    expect(data.originalDocuments).toEqual([{ language: 'fr', url: expect.stringContaining('replace-with-the-address') }]);
    expect(data.printedAddresses).toEqual([{ url: expect.stringContaining('replace-with-the-address'), page: 1, position: 'foot' }]);
  });

  it.each(['fr', 'en'] as const)('writes the heading and header labels of the latest memo in %s.md, and leaves from and printedDate to fill in', (locale) => {
    const text = memoTextTemplate(input, locale);
    expect(text.split('\n')[1]).toBe('title: ""');
    const data = frontMatter(text);
    expect(data).toMatchObject({ heading: input.header[locale].heading, headerLabels: input.header[locale].headerLabels, from: '', printedDate: '' });
    const problems = memoTextSchema.safeParse(data).error?.issues.map((i) => i.path.join('.'));
    expect(problems).toEqual(expect.arrayContaining(['title', 'summary', 'from', 'printedDate']));
    expect(problems).not.toContain('heading');
  });

  it('writes the memo’s facts once, at the end of the French text’s front matter', () => {
    expect(frontMatter(memoTextTemplate(input, 'fr'))).toMatchObject({ date: input.date, sender: input.sender, publishedOnSite: input.publishedOnSite });
    expect(frontMatter(memoTextTemplate(input, 'en'))).not.toHaveProperty('date');
    expect(memoTextTemplate(input, 'fr')).toContain(`${memoFactsTemplate(input)}---\n`);
  });

  it('leaves the heading and labels empty when there is no earlier memo to copy them from', () => {
    const data = frontMatter(memoTextTemplate({ ...input, header: { en: emptyHeader, fr: emptyHeader } }, 'fr'));
    expect(data).toMatchObject({ heading: '', headerLabels: { to: '', from: '', date: '', subject: '' } });
  });
});
