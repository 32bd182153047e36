import { placesIn, placesNamed, type Place, type PlaceMention } from '../genre/places';
import { HAN } from '../genre/text';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

type Found = Omit<Finding, 'block'>;

/** After a short name (湖北省张家界…) a place name ends: not a character of a longer word. */
const shortEnds = new RegExp(`^(?:$|[^${HAN}]|[的等和与及、])`, 'u');

/** The place named right after `at`: a full name found there, else a short name of 3–4 characters, or of 2 that ends there. */
function nextPlace(text: string, at: number, mentions: readonly PlaceMention[]): { length: number; name: string; places: readonly Place[] } | null {
  const full = mentions.find((m) => m.offset === at);
  if (full) return full;
  for (let length = 4; length >= 2; length--) {
    const name = text.slice(at, at + length);
    // A two-character short name may be the start of a word (江西省和平安建设): it must end there.
    if (name.length < length || (length === 2 && !shortEnds.test(text.slice(at + length, at + length + 1)))) continue;
    const places = placesNamed(name);
    if (places.length > 0) return { length, name, places };
  }
  return null;
}

/**
 * A province, prefecture or county named together with one that is not within it (湖北省张家界,
 * 赣州市修水县), by the GB/T 2260 divisions: a name right after a name of a higher level must be one of
 * its places. Every place of an ambiguous name counts (朝阳区 is in 北京 and 长春).
 */
export function placePairFindings(text: string): Found[] {
  const mentions = placesIn(text);
  const found: Found[] = [];
  for (const mention of mentions) {
    const higher = mention.places.filter((p) => p.level < 3);
    if (higher.length === 0) continue;
    const next = nextPlace(text, mention.offset + mention.length, mentions);
    if (!next) continue;
    const top = Math.min(...higher.map((p) => p.level));
    const lower = next.places.filter((p) => p.level > top);
    if (lower.length === 0 || lower.length !== next.places.length) continue;
    const within = lower.some((p) => higher.some((h) => p.above.some((a) => a.code === h.code)));
    if (within) continue;
    const place = lower[0] as Place;
    const actual = place.above.map((a) => a.name).join('');
    if (!actual) continue;
    const written = text.slice(mention.offset, mention.offset + mention.length + next.length);
    found.push(findingAt('place-mismatch', 'error', text, mention.offset, written.length, checkMessages.placeMismatch(written, place.name, actual, mention.name)));
  }
  return found;
}
