import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileSourceDocuments, heldFieldsAsFile, writeCompileSource } from '@/lib/check/compile-source';
import { maxFileBytes } from '@/lib/check/read';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-source-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the copy of the content Contentlayer compiles', () => {
  const files = {
    'memos/2026-01-01-a/index.en.md': '\uFEFF---\r\ntitle: "A"\r\n---\r\n\r\nBody\r\n',
    'memos/2026-01-01-a/index.fr.md': '---\r\ntitle: "A"\r\n# The facts:\r\ndate: 2026-01-01\r\nstatements:\r\n  - milestone: x   # a comment\r\n\r\nslug: "a"\r\n---\r\n\r\nCorps\r\n',
    'memos/2026-01-01-a/notes.txt': 'an author’s notes',
    'memos/2026-01-01-a/.DS_Store': Buffer.from([0, 0, 0, 1]),
    'senders/jody-young.yaml': 'name: Jody Young\n',
    'pages/about/index.en.md': `---\ntitle: "Big"\n---\n${'x'.repeat(maxFileBytes)}\n`,
  };

  it('lists the registry’s files by document, and nothing else', () => {
    const docs = compileSourceDocuments(folder(files));
    expect(docs).toEqual([
      { path: 'memos/2026-01-01-a', files: ['memos/2026-01-01-a/index.en.md', 'memos/2026-01-01-a/index.fr.md'] },
      { path: 'senders/jody-young.yaml', files: ['senders/jody-young.yaml'] },
      { path: 'pages/about', files: ['pages/about/index.en.md'] },
    ]);
  });

  it('writes Windows line endings and byte-order marks as the check reads them, and leaves out what the check refuses', () => {
    const dir = folder(files);
    const target = path.join(folder({}), '.content');
    fs.mkdirSync(path.join(target, 'stale'), { recursive: true });
    const written = writeCompileSource(dir, target, compileSourceDocuments(dir).flatMap((d) => d.files));
    expect(written).toBe(3);
    expect(fs.readFileSync(path.join(target, 'memos/2026-01-01-a/index.en.md'), 'utf8')).toBe('---\ntitle: "A"\n---\n\nBody\n');
    // The memo's facts, as the author wrote them, become the memo.yaml Contentlayer compiles.
    expect(fs.readFileSync(path.join(target, 'memos/2026-01-01-a/index.fr.md'), 'utf8')).toBe('---\ntitle: "A"\n# The facts:\nslug: "a"\n---\n\nCorps\n');
    expect(fs.readFileSync(path.join(target, 'memos/2026-01-01-a/memo.yaml'), 'utf8')).toBe('date: 2026-01-01\nstatements:\n  - milestone: x   # a comment\n\n');
    expect(fs.existsSync(path.join(target, 'pages/about/index.en.md'))).toBe(false);
    expect(fs.existsSync(path.join(target, 'stale'))).toBe(false);
    expect(fs.readdirSync(path.join(target, 'memos/2026-01-01-a')).sort()).toEqual(['index.en.md', 'index.fr.md', 'memo.yaml']);
  });

  it('is a snapshot: a file saved in place into the content afterwards does not reach it', () => {
    const dir = folder(files);
    const target = path.join(folder({}), '.content');
    writeCompileSource(dir, target, ['memos/2026-01-01-a/index.en.md']);
    // Editors such as VS Code save in place (truncate and write): the same file, new bytes.
    const saved = fs.openSync(path.join(dir, 'memos/2026-01-01-a/index.en.md'), 'r+');
    fs.ftruncateSync(saved, 0);
    fs.writeSync(saved, '---\ntitle: ""\n---\n');
    fs.closeSync(saved);
    expect(fs.readFileSync(path.join(target, 'memos/2026-01-01-a/index.en.md'), 'utf8')).toBe('---\ntitle: "A"\n---\n\nBody\n');
  });
});

describe('a memo’s facts separated from its French text for Contentlayer', () => {
  const facts = ['date', 'statements', 'sender'];
  const front = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);

  it('keeps every value, whatever the order and however it is written', () => {
    const text = '---\ndate: 2026-01-01\ntitle: "Objet : x"\nstatements:\n  - milestone: x\n    regions: [a, b]\nsummary: >-\n  folded\n  text\nsender: jody-young\n---\nBody with\n---\na rule\n';
    const parts = heldFieldsAsFile(text, facts)!;
    expect(front(parts.file)).toEqual({ title: 'Objet : x', summary: 'folded text' });
    expect(parse(parts.held)).toEqual({ date: '2026-01-01', statements: [{ milestone: 'x', regions: ['a', 'b'] }], sender: 'jody-young' });
    expect(parts.file.endsWith('---\nBody with\n---\na rule\n')).toBe(true);
  });

  it('writes a front matter in braces out again, and gives up on one that cannot be read', () => {
    const parts = heldFieldsAsFile('---\n{ title: A, date: 2026-01-01 }\n---\n', facts)!;
    expect(front(parts.file)).toEqual({ title: 'A' });
    expect(parse(parts.held)).toEqual({ date: '2026-01-01' });
    expect(heldFieldsAsFile('---\ntitle: [A\n---\n', facts)).toBeUndefined();
    expect(heldFieldsAsFile('no front matter', facts)).toBeUndefined();
  });
});
