import { describe, expect, it } from 'vitest';
import { realContentFiles } from '../fixtures/content-builder';
import { memorySource } from '@/lib/check';
import { readCorpus } from '@/lib/check/read';
import { recordChanges } from '@/lib/review/record-changes';

/**
 * What a change does to what the region pages already say, derived as the pages derive it from
 * the content before and after: the example, a new memo whose "SSM selected" statement
 * moves Kingston–Pembroke's date and drops a consortium partner.
 */

const asOf = '2026-12-02';
const before = readCorpus(memorySource(realContentFiles()));
const withMemo = (statement: string) => {
  const files = realContentFiles();
  files['memos/2023-01-15-kingston-update/index.fr.md'] = `---\ndate: 2023-01-15\npublishedOnSite: 2026-12-01\nsender: jody-young\noriginalLanguage: fr\nstatements:\n${statement}---\n`;
  return readCorpus(memorySource(files));
};

describe('recordChanges', () => {
  it('says, in both languages, that a new SSM statement moves Kingston–Pembroke’s date and drops a partner', () => {
    const after = withMemo('  - milestone: ssm-selected\n    regions: [kingston-pembroke]\n    date: 2023-01-15\n    status: confirmed\n    ssm:\n      lead: Serco Canada Inc.\n      partners: [Deloitte Canada Inc.]\n');
    expect(recordChanges(before, after, asOf, 'en')).toEqual([
      {
        regionId: 'kingston-pembroke',
        region: 'Kingston–Pembroke',
        lines: [
          'Service system manager selected: now Serco Canada Inc., January 15, 2023 (confirmed); before, Serco Canada Inc., September 22, 2022 (confirmed).',
          'partners of Serco Canada Inc. no longer include Thrive Career Wellness Inc.',
        ],
      },
    ]);
    const [french] = recordChanges(before, after, asOf, 'fr');
    expect(french!.lines[0]).toMatch(/^Gestionnaire de système de services choisi\s: désormais Serco Canada Inc\., 15\sjanvier 2023 \(confirmé\)\s; auparavant, Serco Canada Inc\., 22\sseptembre 2022 \(confirmé\)\.$/);
    expect(french!.lines[1]).toBe('les partenaires de Serco Canada Inc. ne comprennent plus Thrive Career Wellness Inc.');
  });

  it('says nothing for a statement that only repeats what a page says', () => {
    const after = withMemo('  - milestone: ssm-selected\n    regions: [kingston-pembroke]\n    date: 2022-09-22\n    status: confirmed\n    ssm:\n      lead: Serco Canada Inc.\n      partners: [Deloitte Canada Inc., Thrive Career Wellness Inc.]\n');
    expect(recordChanges(before, after, asOf, 'en')).toEqual([]);
    expect(recordChanges(before, before, asOf, 'fr')).toEqual([]);
  });

  it('tells a stage that changes', () => {
    const after = withMemo('  - milestone: integrated-services-launch\n    regions: [toronto]\n    date: 2023-01-10\n    status: confirmed\n');
    const [toronto] = recordChanges(before, after, asOf, 'en');
    expect(toronto!.region).toBe('Toronto');
    expect(toronto!.lines[0]).toBe('stage: now Integrated services; before, Engagement.');
  });
});
