import { belongsTo, pathOf, placesIn, regionOf, type Place } from '../genre/places';
import { blockText, type DocBlock, type ReportDocument } from '../model/document';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { CheckContext, Finding, SampleIssuer } from './types';

/** Where 《…》 titles stand in a text: a document's title may name any place. */
function titleSpans(text: string): [number, number][] {
  return [...text.matchAll(/《[^《》]*》/gu)].map((m) => [m.index, m.index + m[0].length]);
}
const inside = (spans: readonly [number, number][], at: number) => spans.some(([from, to]) => at >= from && at < to);

/**
 * The report's own region: the one set in 新建文稿, else the one its unit, title or signature names.
 * Without one nothing is foreign, and nothing is flagged.
 */
export function homeRegion(doc: ReportDocument): Place | null {
  const format = doc.format ?? {};
  const set = format.region ? regionOf(format.region) : null;
  if (set) return set;
  const own = [format.unit, ...doc.blocks.filter((b) => b.kind === 'title' || b.kind === 'signature').map(blockText)].filter(Boolean).join('\u3000');
  return own ? regionOf(own, { short: false }) : null;
}

/**
 * Names left over from another unit's text (疑似沿用他处的地名/单位名) in one block: a prefecture or
 * county that is neither the report's region nor above or within it, and the issuer of a web sample
 * in the library. Never in the addressee (the bodies a report goes to), inside 《》, or for provinces,
 * which reports of every county name (学习浙江经验). A block check: cached with the block's text.
 */
export function leftoverNameFindings(kind: DocBlock['kind'], text: string, home: CheckContext['home'], issuers: readonly SampleIssuer[]): Omit<Finding, 'block'>[] {
  if (!home || kind === 'addressee' || kind === 'table') return [];
  const { region } = home;
  const where = `${pathOf(region)}${region.name}`;
  const titles = titleSpans(text);
  const covered: [number, number][] = [];
  const found: Omit<Finding, 'block'>[] = [];
  for (const { issuer, sample } of issuers) {
    if ([...issuer].length < 5 || home.unit.includes(issuer) || !text.includes(issuer)) continue;
    if (placesIn(issuer).some((m) => m.places.some((p) => belongsTo(p, region)))) continue;
    for (let at = text.indexOf(issuer); at !== -1; at = text.indexOf(issuer, at + issuer.length)) {
      if (inside(titles, at)) continue;
      covered.push([at, at + issuer.length]);
      found.push(findingAt('leftover-name', 'warning', text, at, issuer.length, checkMessages.leftoverIssuer(issuer, sample)));
    }
  }
  for (const mention of placesIn(text)) {
    if (inside(titles, mention.offset) || inside(covered, mention.offset)) continue;
    if (mention.places.every((p) => p.level === 1) || mention.places.some((p) => belongsTo(p, region))) continue;
    const path = [...new Set(mention.places.map(pathOf))].slice(0, 3).join('或');
    found.push(findingAt('leftover-name', 'warning', text, mention.offset, mention.length, checkMessages.leftoverPlace(mention.name, path, where)));
  }
  return found.sort((a, b) => a.offset - b.offset);
}
