// Prints one line, "N passed, N failed", totalling the unit (Vitest) and browser (Playwright)
// tests of the last `npm test`, from the JSON reports both runners write to reports/.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');

let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
}
const missing = [!vitest && 'unit', !playwright && 'browser'].filter(Boolean);
if (missing.length) console.log(`(no ${missing.join(' or ')} test report: that stage did not run)`);
console.log(`${passed} passed, ${failed} failed`);
