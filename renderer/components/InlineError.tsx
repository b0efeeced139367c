// An error shown inside a table cell, tied to its input by id.

export function InlineError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
