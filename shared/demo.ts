// What loading the demo workspace made.

export interface DemoSummary {
  suppliers: number;
  exercises: number;
  contracts: number;
  commitments: number;
  returns: number;
  actionPlans: number;
  caseStudies: number;
}
