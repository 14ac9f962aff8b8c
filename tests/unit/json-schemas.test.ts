import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentFileAt, heldFieldsIn, languageOfFileName } from '@/lib/content/document-kinds';
import { contentJsonSchemas, editorSettings, type SchemaFile } from '@/lib/content/json-schemas';
import { filesOf } from '../fixtures/bad-content';
import { type Files, validFiles } from '../fixtures/content-builder';

const root = path.join(__dirname, '../..');
const schemaDir = path.join(root, 'content/schemas');

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = Object.fromEntries(
  Object.entries(contentJsonSchemas()).map(([file, schema]) => [file, ajv.compile(schema)]),
) as Record<SchemaFile, ReturnType<typeof ajv.compile>>;

/** The data of a content file: YAML files whole, Markdown files by their front matter. */
function dataOf(file: string, text: string): unknown {
  if (!file.endsWith('.md')) return parse(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parse(match[1]) : {};
}

function schemaFor(relative: string): SchemaFile | undefined {
  return documentFileAt(relative)?.file.jsonSchema.file;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

/** Errors from the schemas over every content file: a folder, or a case of the bad-content corpus. */
function schemaErrors(content: string): string[] {
  const files: Files = content.includes('/')
    ? Object.fromEntries(filesUnder(content).map((file) => [path.relative(content, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')]))
    : content === 'valid'
      ? validFiles()
      : filesOf(content);
  return Object.entries(files).flatMap(([file, text]) => {
    const schema = schemaFor(file);
    if (!schema) return [];
    // A memo's French text holds its facts too: each part is checked against its own schema.
    const entry = documentFileAt(file)!;
    const held = heldFieldsIn(entry.kind, languageOfFileName(path.basename(file)));
    const data = dataOf(file, text) as Record<string, unknown>;
    const heldKeys = held ? Object.keys(held.schema.shape) : [];
    const parts: [SchemaFile, unknown][] = held
      ? [
          [schema, Object.fromEntries(Object.entries(data).filter(([key]) => !heldKeys.includes(key)))],
          [held.jsonSchema.file, Object.fromEntries(Object.entries(data).filter(([key]) => heldKeys.includes(key)))],
        ]
      : [[schema, data]];
    return parts.flatMap(([name, part]) => (validators[name](part) ? [] : [`${file}: ${ajv.errorsText(validators[name].errors)}`]));
  });
}

describe('JSON Schemas of the content', () => {
  it('are up to date with lib/content/schemas/ (run `npm run schemas` after changing it)', () => {
    for (const [file, schema] of Object.entries(contentJsonSchemas())) {
      expect(JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')), file).toEqual(schema);
    }
  });

  it('are mapped, one per YAML document file, in the editor settings (run `npm run schemas`)', () => {
    expect(JSON.parse(fs.readFileSync(path.join(root, '.vscode/settings.json'), 'utf8'))).toEqual(editorSettings());
    expect(Object.keys((editorSettings() as { 'yaml.schemas': object })['yaml.schemas'])).toHaveLength(3);
  });

  it('are named rightly in the first line of a YAML content file that names its schema (the web editor writes files without comments; the editor settings map them all)', () => {
    const yamlFiles = filesUnder(path.join(root, 'content')).filter((f) => f.endsWith('.yaml'));
    expect(yamlFiles.length).toBeGreaterThan(25);
    for (const file of yamlFiles) {
      const first = fs.readFileSync(file, 'utf8').split('\n')[0];
      const target = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
      if (target === undefined) continue;
      expect(fs.existsSync(path.resolve(path.dirname(file), target!)), `${file} → ${target}`).toBe(true);
      expect(path.basename(target!)).toBe(schemaFor(path.relative(path.join(root, 'content'), file)));
    }
  });

  it('accept every real content file', () => {
    expect(schemaErrors(path.join(root, 'content'))).toEqual([]);
  });

  it.each(['missing-title', 'wrong-type', 'extra-field', 'unknown-language', 'unknown-milestone'])('reject the bad fixture %s', (fixture) => {
    expect(schemaErrors(fixture).length).toBeGreaterThan(0);
  });

  it('reject a reference with neither published nor consulted date', () => {
    expect(schemaErrors('reference-without-date')).toEqual([
      expect.stringMatching(/^references\/a-source\.yaml: /),
    ]);
  });

  it('leave to the content check what a single file cannot show (impossible dates, links, other files)', () => {
    for (const fixture of ['impossible-date', 'unknown-region', 'duplicate-slug', 'unknown-sender', 'broken-internal-link', 'placeholder-address']) {
      expect(schemaErrors(fixture), fixture).toEqual([]);
    }
  });
});
