/** A sender (content/senders/<id>.yaml): whom memos are from, cited by their division. */
import { z } from 'zod';
import { localizedText, nonEmpty } from './fields';

export const senderYamlSchema = z
  .object({
    name: nonEmpty.describe('The sender’s name as the memos print it.'),
    role: localizedText.describe('Their title, in both languages.'),
    division: localizedText.describe('Their division, in both languages; memos are cited by it.'),
  })
  .strict();

export type SenderYaml = z.infer<typeof senderYamlSchema>;
