import type { Thing, WithContext } from 'schema-dts';
import { jsonLdText } from '@/lib/outputs/structured-data';

/** Structured data for search engines, as lib/outputs/structured-data.ts writes it (plain text, "<" escaped). */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
