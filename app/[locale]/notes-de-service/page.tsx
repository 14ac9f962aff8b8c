// The memo index at its French URL, /fr/notes-de-service/: the same page as /en/memos/.
import { servedIn } from '@/lib/i18n/params';
export { default, generateMetadata } from '../memos/page';

export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
