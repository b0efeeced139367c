// The verifier's note on a return line, shown beside the line: why it was queried or rejected.

export function LineNote({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <p className="line-note">
      <span className="line-note-label">Verifier’s note:</span> {note}
    </p>
  );
}
