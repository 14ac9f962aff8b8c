import { type Locale } from './locales';

/**
 * The language the author's tools answer in (the check, new:memo, dev, the build): `--lang fr`
 * or `--lang=fr` when given, else the terminal's locale as POSIX orders it (LC_ALL, then
 * LC_MESSAGES, then LANG: fr_CA.UTF-8 is French), else English.
 */
export function authorLanguage(argv: readonly string[] = process.argv, env: Record<string, string | undefined> = process.env): Locale {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given = at === -1 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const setting = given ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value !== '');
  return setting && /^fr([_.@-]|$)/i.test(setting) ? 'fr' : 'en';
}
