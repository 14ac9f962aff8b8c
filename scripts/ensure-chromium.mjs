// Browser tests drive Debian's chromium (npm cannot download browsers on these machines).
// Installs it when missing and we are root; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const command = 'apt-get update && apt-get install -y chromium';
if (process.getuid?.() === 0) {
  console.log(`Chromium not found at ${chromium}; installing Debian's chromium…`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (existsSync(chromium)) process.exit(0);
}
console.error(`Chromium is required for the browser tests and was not found at ${chromium}.\nRun as root:\n\n  ${command}\n`);
process.exit(1);
