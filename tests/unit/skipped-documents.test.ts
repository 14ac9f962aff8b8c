import { describe, expect, it } from 'vitest';
import { checkContent, memorySource } from '@/lib/check';
import { skippedDocuments } from '@/lib/check/read';
import { validFiles } from '../fixtures/content-builder';

describe('documents not read because of their name (lib/check/read.ts, skippedDocuments)', () => {
  const files = {
    ...validFiles(),
    'memos/.draft/index.fr.md': '---\ndate: 2022-10-01\n---\n',
    'memos/2022-09-22-example~/index.fr.md': '---\ndate: 2022-09-22\n---\n',
    'memos/.DS_Store': 'junk',
    'references/old-source.yaml~': 'title: x\n',
    'senders/.hidden.yaml': 'name: x\n',
  };

  it('are named, each with why, so that check:content can say they will not be published', () => {
    expect(skippedDocuments(memorySource(files))).toEqual([
      { path: 'content/memos/.draft', reason: 'hidden' },
      { path: 'content/memos/2022-09-22-example~', reason: 'backup' },
      { path: 'content/references/old-source.yaml~', reason: 'backup' },
      { path: 'content/senders/.hidden.yaml', reason: 'hidden' },
    ]);
  });

  it('are not content problems: the rest is checked as before', () => {
    expect(checkContent(memorySource(files))).toEqual([]);
  });
});
