// A RAG rating or a return's status as a coloured tag that also says it in words.

import {
  ragLabels,
  returnStatusLabels,
  type RagRating,
  type ReturnStatus,
} from '../../../shared/social-value';

export function RagBadge({ rag }: { rag: RagRating | null }) {
  if (rag === null) return <span className="meta">Not rated</span>;
  return <span className={`tag rag rag-${rag}`}>{ragLabels[rag]}</span>;
}

export function ReturnStatusTag({ status }: { status: ReturnStatus | 'missing' }) {
  const label = status === 'missing' ? 'Missing' : returnStatusLabels[status];
  return <span className={`tag return-status return-${status}`}>{label}</span>;
}
