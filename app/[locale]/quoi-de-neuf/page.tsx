// What's new at its French URL, /fr/quoi-de-neuf/: the same page as /en/whats-new/.
import { servedIn } from '@/lib/i18n/params';
export { default, generateMetadata } from '../whats-new/page';

export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
