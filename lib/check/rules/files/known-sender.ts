import { checkText } from '../../problems';
import type { ContentRule } from '../../rule';
import { memosOf, sectionBehindLink, sendersOf } from '../../views';

export const knownSender: ContentRule = {
  id: 'known-sender',
  summary: 'A memo names a sender that has its file in content/senders/.',
  check(corpus) {
    if (sectionBehindLink(corpus, 'sender')) return [];
    const senders = sendersOf(corpus).filter((s) => s.yaml).map((s) => s.doc.id);
    return memosOf(corpus).flatMap(({ yaml }) =>
      yaml && !senders.includes(yaml.data.sender)
        ? [
            {
              file: yaml.file,
              line: yaml.lineOf('sender'),
              field: 'sender',
              message: checkText('rules.known-sender.unknown', { sender: yaml.data.sender, folder: 'content/senders/' }),
              fix: checkText('rules.known-sender.unknownFix', { file: `content/senders/${yaml.data.sender}.yaml`, senders: senders.join(', ') || checkText('rules.known-sender.noneYet') }),
            },
          ]
        : [],
    );
  },
};
