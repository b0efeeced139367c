// How many commitments are rated Green, Amber, Red and Grey (and not rated), each as a coloured
// tag that also says it in words.

import type { RagCounts as Counts } from '../../../shared/portfolio';
import { ragLabels, ragRatings } from '../../../shared/social-value';

const commitments = (count: number) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? 'commitment' : 'commitments'}`;

export function RagCounts({ counts, label }: { counts: Counts; label: string }) {
  return (
    <ul className="rag-counts-list" aria-label={label}>
      {ragRatings.map((rag) => (
        <li key={rag}>
          <span className={`tag rag rag-${rag}`}>{ragLabels[rag]}</span> {commitments(counts[rag])}
        </li>
      ))}
      {counts.notRated > 0 && (
        <li>
          <span className="tag tag-out">Not rated</span> {commitments(counts.notRated)}
          <span className="meta"> (narrative only)</span>
        </li>
      )}
    </ul>
  );
}
