// The portfolio's running totals: committed and delivered £ in all, by theme, by span of time and
// by contract, and the RAG counts, added to one amount at a time.

import type {
  PortfolioAmounts,
  PortfolioGroup,
  PortfolioSpan,
  RagCounts,
} from '../../shared/portfolio';
import { countRating, noAmounts, noRatings, type Span } from '../../shared/portfolio-calc';
import type { RagRating } from '../../shared/social-value';

export interface ContractTally extends PortfolioAmounts {
  reference: string;
  rag: RagCounts;
}

const unknownTheme = 'Theme not known';

function add(into: PortfolioAmounts, committed: number, verified: number, submitted: number) {
  into.committedPence += committed;
  into.verifiedPence += verified;
  into.submittedPence += submitted;
}

export class PortfolioSums {
  readonly totals = noAmounts();
  readonly rag = noRatings();
  readonly byContract = new Map<string, ContractTally>();
  readonly #themeOf: (measureId: string) => string | undefined;
  /** In the framework's order; null until something is committed or delivered under it. */
  readonly #byTheme: Map<string, PortfolioAmounts | null>;
  readonly #bySpan: PortfolioAmounts[];
  /** Committed £ by span, added into by addCommittedBySpan (the totals get it through add). */
  readonly committedBySpan: number[];

  constructor(
    themeOf: (measureId: string) => string | undefined,
    themes: readonly string[],
    spanCount: number,
  ) {
    this.#themeOf = themeOf;
    this.#byTheme = new Map(themes.map((theme) => [theme, null]));
    this.#bySpan = Array.from({ length: spanCount }, noAmounts);
    this.committedBySpan = Array.from({ length: spanCount }, () => 0);
  }

  /** The contract's amounts and ratings, made when first asked for. */
  contract(contractId: string, reference: string): ContractTally {
    let tally = this.byContract.get(contractId);
    if (!tally) {
      tally = { ...noAmounts(), reference, rag: noRatings() };
      this.byContract.set(contractId, tally);
    } else if (tally.reference === '') {
      // Made for an extra measure first: given its reference once a commitment of it comes.
      tally.reference = reference;
    }
    return tally;
  }

  /** Adds to the totals, the measure's theme and the contract. */
  add(
    contractId: string,
    reference: string,
    measureId: string,
    committed: number,
    verified: number,
    submitted: number,
  ): void {
    this.addTo(this.contract(contractId, reference), measureId, committed, verified, submitted);
  }

  /** add, for a contract's amounts already found (see contract). */
  addTo(
    contract: ContractTally,
    measureId: string,
    committed: number,
    verified: number,
    submitted: number,
  ): void {
    add(this.totals, committed, verified, submitted);
    add(contract, committed, verified, submitted);
    const theme = this.#themeOf(measureId) ?? unknownTheme;
    let amounts = this.#byTheme.get(theme);
    if (!amounts) this.#byTheme.set(theme, (amounts = noAmounts()));
    add(amounts, committed, verified, submitted);
  }

  /** Delivered £ in one span (the totals get it through add). */
  addDeliveredInSpan(span: number, verified: number, submitted: number): void {
    const byTime = this.#bySpan[span];
    if (byTime) add(byTime, 0, verified, submitted);
  }

  /** Counts a rating in all and for the contract (see contract). */
  rate(contract: ContractTally, rag: RagRating | null): void {
    countRating(this.rag, rag);
    countRating(contract.rag, rag);
  }

  byTheme(): PortfolioGroup[] {
    return [...this.#byTheme].flatMap(([label, amounts]) =>
      amounts ? [{ label, ...amounts }] : [],
    );
  }

  bySpan(spans: readonly Span[]): PortfolioSpan[] {
    return spans.map((span, index) => ({
      ...span,
      ...(this.#bySpan[index] ?? noAmounts()),
      committedPence: this.committedBySpan[index] ?? 0,
    }));
  }
}
