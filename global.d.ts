import type { Locale } from './lib/i18n/locales';
import type messages from './messages/en.json';

// next-intl's typed messages (its AppConfig is use-intl's): a mistyped key or namespace is a compile error, not a key
// rendered on the page. messages/fr.json has the same keys (tests/unit/messages.test.ts).
declare module 'use-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
