import { buildSiteFeed } from '@/lib/outputs/feeds';
import { contentTypes, localeFile } from '@/lib/outputs/file-responses';
import { locales } from '@/lib/i18n/locales';
import { servedIn } from '@/lib/i18n/params';

/* /en/feed.xml, /fr/feed.xml: the Atom feed of each language. */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = servedIn(...locales);

export const GET = localeFile(contentTypes.atom, buildSiteFeed);
