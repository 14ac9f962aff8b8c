import { isRealIsoDay } from '../core/dates';
import { maxIdLength } from '../content/document-kinds';

/**
 * What an imported memo's header says about its facts: its date (from the printed date, French
 * or English), its sender (matched to content/senders/ by name) and a short name for its folder.
 */

const frenchMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const englishMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const bare = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** "le 22 septembre 2022", "1er mars 2024", "September 22, 2022", "22 September 2022" → 2022-09-22; undefined when it is not a real day. */
export function dateOfPrintedDate(printed: string): string | undefined {
  const text = bare(printed).replace(/\s+/g, ' ');
  const months = [...frenchMonths, ...englishMonths].map(bare);
  const month = (name: string) => (months.indexOf(name) % 12) + 1;
  const dayFirst = /(\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+),? (\d{4})/.exec(text);
  const monthFirst = /([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})/.exec(text);
  const parts = dayFirst && months.includes(dayFirst[2]!) ? { d: dayFirst[1]!, m: dayFirst[2]!, y: dayFirst[3]! } : monthFirst && months.includes(monthFirst[1]!) ? { d: monthFirst[2]!, m: monthFirst[1]!, y: monthFirst[3]! } : undefined;
  if (!parts) return undefined;
  const iso = `${parts.y}-${String(month(parts.m)).padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  return isRealIsoDay(iso) ? iso : undefined;
}

/** The sender whose name begins the printed From row ("Jody Young, sous-ministre adjointe" → jody-young). */
export function senderOf(from: string, senders: { id: string; name: string }[]): string | undefined {
  const printed = bare(from);
  return senders.find((sender) => printed.startsWith(bare(sender.name)))?.id;
}

/** A folder's short name from a title: lowercase ASCII words joined by hyphens, whole words, short enough for the folder. */
export function shortName(title: string, date: string): string {
  const words = bare(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const room = Math.min(50, maxIdLength - date.length - 1);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if (next.length > room) break;
    name = next;
  }
  return name || 'memo';
}
