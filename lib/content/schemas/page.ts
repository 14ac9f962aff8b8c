/** A standalone page (content/pages/<id>/index.fr.md and index.en.md), such as the about page. */
import { z } from 'zod';
import { isoDay, nonEmpty, slug, titleText } from './fields';

export const pageTextSchema = z
  .object({
    title: titleText.describe('The page title, in this language.'),
    slug: slug.describe('The end of the URL in this language (/en/<slug>/); never change it once published.'),
    summary: nonEmpty.describe('One or two sentences for search engines and lists.'),
    updated: isoDay.describe('The day the text last changed, YYYY-MM-DD: the page’s "Date modified".'),
  })
  .strict();

export type PageText = z.infer<typeof pageTextSchema>;
