import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import type { Locale } from './locales';

/**
 * The message catalogues, for the bilingual pages (language choice, 404) that show both
 * languages at once and so cannot use next-intl's single request locale.
 */
export const messages: Record<Locale, typeof en> = { en, fr };
