import { buildRegionFeed } from '@/lib/outputs/feeds';
import { contentTypes, regionFile } from '@/lib/outputs/file-responses';
import { generateStaticParams } from '../page';

/* /<locale>/regions/<slug>/feed.xml: a region's memos and timeline updates. */

export { generateStaticParams };
export const dynamic = 'force-static';
export const dynamicParams = false;

export const GET = regionFile(contentTypes.atom, buildRegionFeed);
