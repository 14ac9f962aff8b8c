/**
 * npm run check:content — validates all content without building the site.
 * CONTENT_DIR points it at another folder (tests use fixtures this way).
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/validate';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const problems = checkContent(contentDir);

if (problems.length > 0) {
  console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was built.\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}\n`);
  process.exit(1);
}
console.log(`✔ content is valid (${path.relative(process.cwd(), contentDir) || '.'})`);
