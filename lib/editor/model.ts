import { regionsOf, sendersOf } from '../check/views';
import type { CheckedCorpus } from '../check/read';
import type { EditorModel } from './decap-config';

/** What the editor's choices come from in the content: its regions (by name in each language) and senders. */
export function editorModel(corpus: CheckedCorpus): EditorModel {
  return {
    regions: regionsOf(corpus).flatMap(({ doc, yaml }) => (yaml ? [{ id: doc.id, names: { en: yaml.data.names.en, fr: yaml.data.names.fr } }] : [])),
    senders: sendersOf(corpus).flatMap(({ doc, yaml }) => (yaml ? [{ id: doc.id, name: yaml.data.name }] : [])),
  };
}
