import type { SkeletonHeading } from '../../shared/ipc/library';

/** A skeleton's level-1 sections, each with the headings under it. */
export function sectionsOf(headings: readonly SkeletonHeading[]): SkeletonHeading[][] {
  const sections: SkeletonHeading[][] = [];
  for (const heading of headings) {
    if (heading.level === 1 || sections.length === 0) sections.push([heading]);
    else sections.at(-1)?.push(heading);
  }
  return sections;
}
