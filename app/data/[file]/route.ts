import { rolloutAsOf } from '@/lib/rollout/regions';
import { openDataFileBody, openDataFiles } from '@/lib/outputs/open-data';

/*
 * /data/regions.json, regions.csv, regions.schema.json, and the same for statements and
 * sources: the open data, language-neutral (both languages inside), described at
 * /en/open-data/ and /fr/donnees-ouvertes/. Exported as static files.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return openDataFiles.map((file) => ({ file: file.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const file = openDataFiles.find((f) => f.name === name);
  if (!file) return new Response(null, { status: 404 });
  return new Response(openDataFileBody(file, rolloutAsOf()), { headers: { 'Content-Type': file.contentType } });
}
