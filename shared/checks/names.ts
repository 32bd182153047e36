import { belongsTo, pathOf, placesIn, regionOf, type Place } from '../genre/places';
import { blockText, type ReportDocument } from '../model/document';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { BlockSummary } from './registry';
import type { Finding, SampleIssuer } from './types';

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
 * Names left over from another unit's text (疑似沿用他处的地名/单位名): a prefecture or county that is
 * neither the report's region nor above or within it, and the issuer of a web sample in the library.
 * Never in the addressee (the bodies a report goes to), inside 《》, or for provinces, which reports
 * of every county name (学习浙江经验).
 */
export function leftoverNameFindings(doc: ReportDocument, blocks: readonly BlockSummary[], issuers: readonly SampleIssuer[]): Finding[] {
  const region = homeRegion(doc);
  if (!region) return [];
  const where = `${pathOf(region)}${region.name}`;
  const unit = doc.format?.unit ?? '';
  const foreignIssuers = issuers.filter(({ issuer }) => [...issuer].length >= 5 && !unit.includes(issuer) && !placesIn(issuer).some((m) => m.places.some((p) => belongsTo(p, region))));
  const found: Finding[] = [];
  blocks.forEach((block, index) => {
    const kind = doc.blocks[index]?.kind;
    if (kind === 'addressee' || kind === 'table') return;
    const text = block.text;
    const titles = titleSpans(text);
    const covered: [number, number][] = [];
    for (const { issuer, sample } of foreignIssuers) {
      for (let at = text.indexOf(issuer); at !== -1; at = text.indexOf(issuer, at + issuer.length)) {
        if (inside(titles, at)) continue;
        covered.push([at, at + issuer.length]);
        found.push({ ...findingAt('leftover-name', 'warning', text, at, issuer.length, checkMessages.leftoverIssuer(issuer, sample)), block: index });
      }
    }
    for (const mention of placesIn(text)) {
      if (inside(titles, mention.offset) || inside(covered, mention.offset)) continue;
      if (mention.places.every((p) => p.level === 1) || mention.places.some((p) => belongsTo(p, region))) continue;
      const path = [...new Set(mention.places.map(pathOf))].slice(0, 3).join('或');
      found.push({ ...findingAt('leftover-name', 'warning', text, mention.offset, mention.length, checkMessages.leftoverPlace(mention.name, path, where)), block: index });
    }
  });
  return found.sort((a, b) => a.block - b.block || a.offset - b.offset);
}
