// Whether an exercise or contract is in scope of the Social Value Act and of the council's own
// policy, with the reasons the thresholds give.

import type { Scope } from '../../shared/exercise';

export function ScopeBadges({ scope }: { scope: Scope }) {
  return (
    <span className="tags">
      <span className={scope.act ? 'tag tag-in' : 'tag tag-out'}>
        {scope.act ? 'In scope of the Act' : 'Not in scope of the Act'}
      </span>{' '}
      <span className={scope.local ? 'tag tag-in' : 'tag tag-out'}>
        {scope.local ? 'In scope of local policy' : 'Not in scope of local policy'}
      </span>
    </span>
  );
}

export function ScopeReasons({ scope }: { scope: Scope }) {
  if (scope.reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {scope.reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

/** The scope as one summary list value: the badges, then why. */
export function ScopeSummary({ scope }: { scope: Scope }) {
  return (
    <>
      <ScopeBadges scope={scope} />
      <ScopeReasons scope={scope} />
    </>
  );
}

/** The scope in a few words, for a table cell: "The Act and local policy", "Local policy". */
export function scopeText(scope: Scope): string {
  if (scope.act && scope.local) return 'The Act and local policy';
  if (scope.act) return 'The Act';
  if (scope.local) return 'Local policy';
  return 'Neither';
}
