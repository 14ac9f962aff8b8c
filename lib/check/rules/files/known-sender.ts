import type { ContentRule } from '../../rule';
import { memosOf, sendersOf } from '../../views';

export const knownSender: ContentRule = {
  id: 'known-sender',
  summary: 'A memo names a sender that has its file in content/senders/.',
  check(corpus) {
    const senders = sendersOf(corpus).filter((s) => s.yaml).map((s) => s.doc.id);
    return memosOf(corpus).flatMap(({ yaml }) =>
      yaml && !senders.includes(yaml.data.sender)
        ? [
            {
              file: yaml.file,
              line: yaml.lineOf('sender'),
              field: 'sender',
              message: `no sender "${yaml.data.sender}" in content/senders/`,
              fix: `add content/senders/${yaml.data.sender}.yaml, or use one of: ${senders.join(', ') || '(none yet)'}.`,
            },
          ]
        : [],
    );
  },
};
