// Whether a case study may be published, said plainly: reports publish only consented ones, so
// "not given" stands out.

import type { CaseStudy } from '../../../shared/case-study';

export function ConsentStatus({
  study,
}: {
  study: Pick<CaseStudy, 'consentToPublish' | 'consentNote'>;
}) {
  if (!study.consentToPublish) {
    return (
      <div className="consent consent-missing">
        <p>
          <strong>Consent to publish: not given.</strong> Keep this case study out of published
          reports until consent is recorded.
        </p>
      </div>
    );
  }
  return (
    <div className="consent consent-given">
      <p>
        <strong>Consent to publish: given.</strong> {study.consentNote}
      </p>
    </div>
  );
}
