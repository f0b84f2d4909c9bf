/** One flow's figures in the run's JSON line. */
export interface FlowFigures {
  expected: number;
  lost: number;
  duplicated: number;
  /** Present but not as the other side says (wrong status, lines, amount, fields). */
  wrong: number;
}

/** Counts one flow's records and keeps a description of each bad one for the report. */
export class FlowTally {
  private readonly figures: FlowFigures = { expected: 0, lost: 0, duplicated: 0, wrong: 0 };
  readonly problems: string[] = [];

  expect(count = 1): void {
    this.figures.expected += count;
  }

  lost(what: string): void {
    this.figures.lost += 1;
    this.problems.push(`lost: ${what}`);
  }

  duplicated(what: string): void {
    this.figures.duplicated += 1;
    this.problems.push(`duplicated: ${what}`);
  }

  wrong(what: string): void {
    this.figures.wrong += 1;
    this.problems.push(`wrong: ${what}`);
  }

  /** Exactly one of something: none is lost, more than one duplicated. */
  once(count: number, what: string): boolean {
    if (count === 0) this.lost(what);
    if (count > 1) this.duplicated(`${what} ×${count}`);
    return count === 1;
  }

  get ok(): boolean {
    return this.figures.lost + this.figures.duplicated + this.figures.wrong === 0;
  }

  result(): FlowFigures {
    return { ...this.figures };
  }
}
