import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

// Every URL carries its language; a static export has no middleware to guess it.
export const routing = defineRouting({ locales, defaultLocale, localePrefix: 'always' });
