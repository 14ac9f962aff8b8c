import fs from 'node:fs';
import path from 'node:path';

/** Helpers for tests that work on a copy of the project, never on its real content or build. */

export const root = path.join(__dirname, '../..');

const projectFiles = ['app', 'components', 'content', 'editor', 'lib', 'messages', 'public', 'scripts', 'package.json', 'tsconfig.json', 'next.config.mjs', 'contentlayer.config.ts', 'postcss.config.mjs', 'global.d.ts'];

/**
 * Copies the project to .integration/<name>/ — inside the project, so that Turbopack and Node
 * resolve node_modules (a link to the real one) as they do here.
 */
export function copyProject(name: string): string {
  const project = path.join(root, '.integration', name);
  fs.rmSync(project, { recursive: true, force: true });
  fs.mkdirSync(project, { recursive: true });
  for (const entry of projectFiles) fs.cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  fs.symlinkSync('../../node_modules', path.join(project, 'node_modules'));
  return project;
}

/**
 * The environment of a member of staff's shell in the copied project: without what Vitest adds
 * (NODE_ENV=test, MODE, DEV, BASE_URL …), and with PWD set to it, since Contentlayer reads its
 * working folder from $PWD.
 */
export function authorEnv(project: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitestKeys = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|INIT_CWD)$/;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
  // An English-speaking author unless told otherwise: the tools answer in the terminal's language.
  return { ...env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', PWD: project, NEXT_TELEMETRY_DISABLED: '1', ...extra } as unknown as NodeJS.ProcessEnv;
}
