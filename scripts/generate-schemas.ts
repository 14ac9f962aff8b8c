/**
 * npm run schemas — writes content/schemas/*.schema.json from lib/content-schema.ts.
 * Run it after changing the content schema; a unit test fails while they are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas } from '../lib/json-schemas';

const dir = path.resolve('content/schemas');
fs.mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(contentJsonSchemas())) {
  fs.writeFileSync(path.join(dir, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote content/schemas/${file}`);
}
