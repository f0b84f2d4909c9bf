import type { CaseResult } from './run-cases';

export interface RunFigures {
  results: CaseResult[];
  crashes: number;
  lost: string[];
  duplicated: string[];
}

/** The last line CI reads; every figure but `cases`/`asExpected` must be 0 for a pass. */
export function resultLine(run: RunFigures) {
  const asExpected = run.results.filter((result) => result.ok).length;
  const json = {
    cases: run.results.length,
    asExpected,
    mishandled: run.results.length - asExpected,
    crashes: run.crashes,
    serverErrors: run.results.filter((result) => result.serverError).length,
    lostOrders: run.lost.length + run.duplicated.length,
  };
  const ok =
    json.mishandled === 0 && json.crashes === 0 && json.serverErrors === 0 && json.lostOrders === 0;
  return { json, ok };
}

/**
 * One line per mishandled case (stderr), so a failing CI log says what and how; with
 * `HOSTILE_VERBOSE=1` every case, as expected or not.
 */
export function mishandledLines(run: RunFigures, verbose = false): string[] {
  return [
    ...run.results
      .filter((result) => verbose || !result.ok)
      .map(
        (result) =>
          `${result.ok ? 'ok' : 'MISHANDLED'} [${result.surface}] ${result.name}: expected ${result.expected}, got ${result.got}`,
      ),
    ...run.lost.map((guid) => `LOST order ${guid}: not in Brightpearl`),
    ...run.duplicated.map((guid) => `DUPLICATED order ${guid}: in Brightpearl more than once`),
  ];
}
