// What loading the demo workspace made.

export interface DemoSummary {
  suppliers: number;
  exercises: number;
  contracts: number;
}
