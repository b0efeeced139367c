// What went wrong with the last change to a report or template, said where the officer made it.

export function ChangeProblem({ problem }: { problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p className="error-message" role="alert">
      {problem}
    </p>
  );
}
