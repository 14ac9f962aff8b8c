// A memo at its French URL, /fr/notes-de-service/<slug>/: the same page as /en/memos/<slug>/.
import { memoParams } from '../../memos/[slug]/page';

export { default, generateMetadata } from '../../memos/[slug]/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return memoParams('fr');
}
