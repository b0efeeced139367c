// The one numbering rule every output shows: numbered sections count 1, 2, 3… (unnumbered ones,
// such as a details box, take no number and do not count), and a numbered section's numbered
// paragraphs count 2.1, 2.2… within it. A numbered paragraph in an unnumbered section gets none.

import type { ReportBlock, ReportSection } from './report-document';

export interface NumberedBlock {
  block: ReportBlock;
  /** "2.1" for a numbered paragraph of section 2; null for everything else. */
  number: string | null;
}

export interface NumberedSection {
  heading: string;
  /** "2"; null for an unnumbered section. */
  number: string | null;
  blocks: NumberedBlock[];
}

export function numberSections(sections: readonly ReportSection[]): NumberedSection[] {
  let sectionCount = 0;
  return sections.map((section) => {
    const number = section.numbered ? String((sectionCount += 1)) : null;
    let paragraphCount = 0;
    return {
      heading: section.heading,
      number,
      blocks: section.blocks.map((block) => ({
        block,
        number:
          number !== null && block.kind === 'paragraph' && block.numbered
            ? `${number}.${(paragraphCount += 1)}`
            : null,
      })),
    };
  });
}

/** "2. Recommendations", or the heading alone when it has no number. */
export function numberedHeading(section: NumberedSection): string {
  return section.number === null ? section.heading : `${section.number}. ${section.heading}`;
}
