/**
 * npm run schemas — writes content/schemas/*.schema.json and .vscode/settings.json from the
 * content model (lib/content/document-kinds.ts, lib/content/schemas/). Generated files: run it after
 * changing the model; a unit test fails while they are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas, editorSettings } from '../lib/content/json-schemas';

const dir = path.resolve('content/schemas');
fs.mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(contentJsonSchemas())) {
  fs.writeFileSync(path.join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote content/schemas/${file}`);
}
fs.writeFileSync(path.resolve('.vscode/settings.json'), `${JSON.stringify(editorSettings(), null, 2)}\n`);
console.log('wrote .vscode/settings.json');
