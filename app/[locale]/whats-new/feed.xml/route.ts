import { contentTypes, localeFile } from '@/lib/outputs/file-responses';
import { buildWhatsNewFeed } from '@/lib/outputs/whats-new-feed';
import { servedIn } from '@/lib/i18n/params';

/* /en/whats-new/feed.xml; quoi-de-neuf/feed.xml serves it at /fr/quoi-de-neuf/feed.xml. */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = servedIn('en');

export const GET = localeFile(contentTypes.atom, buildWhatsNewFeed);
