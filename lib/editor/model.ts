import { regionsOf, sendersOf } from '../check/views';
import type { CheckedCorpus } from '../check/read';
import type { Locale } from '../i18n/locales';

/** What the configuration needs from the content itself: the regions and senders authors choose from. */
export type EditorModel = {
  regions: { id: string; names: Record<Locale, string> }[];
  senders: { id: string; name: string }[];
};

/** What the editor's choices come from in the content: its regions (by name in each language) and senders. */
export function editorModel(corpus: CheckedCorpus): EditorModel {
  return {
    regions: regionsOf(corpus).flatMap(({ doc, yaml }) => (yaml ? [{ id: doc.id, names: { en: yaml.data.names.en, fr: yaml.data.names.fr } }] : [])),
    senders: sendersOf(corpus).flatMap(({ doc, yaml }) => (yaml ? [{ id: doc.id, name: yaml.data.name }] : [])),
  };
}
