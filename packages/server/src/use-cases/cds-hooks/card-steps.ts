/**
 * Services produce cards in named steps; the runner keeps the hook inside
 * its time budget: a step not started before the deadline is cut, an async
 * step still running at the deadline is abandoned, and what was cut is
 * reported (for the AuditEvent). The cards already made are answered.
 *
 * @module
 */
import type { TypedCard } from './cards/card-builder.js';

/** One step of a service: synchronous rules, or a fast lookup. */
export interface CardStep {
  name: string;
  run(): TypedCard[] | Promise<TypedCard[]>;
}

/** What the steps produced inside the budget. */
export interface CardStepsOutcome {
  cards: TypedCard[];
  /** Steps not run or abandoned at the deadline, and steps that failed (`name (failed)`). */
  cut: string[];
}

const TIMED_OUT = Symbol('timed-out');

/**
 * Runs the steps in order until `deadline` (epoch milliseconds).
 *
 * @example
 * ```ts
 * const { cards, cut } = await runCardSteps(steps, Date.now() + 450, (error) => logger.error(error));
 * ```
 */
export async function runCardSteps(
  steps: readonly CardStep[],
  deadline: number,
  onFailure: (step: string, error: unknown) => void = () => undefined,
): Promise<CardStepsOutcome> {
  const cards: TypedCard[] = [];
  const cut: string[] = [];
  for (const [index, step] of steps.entries()) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      cut.push(...steps.slice(index).map((s) => s.name));
      break;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const produced = step.run();
      const result =
        produced instanceof Promise
          ? await Promise.race([
              produced,
              new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), remaining))),
            ])
          : produced;
      if (result === TIMED_OUT) cut.push(step.name);
      else cards.push(...result);
    } catch (error) {
      onFailure(step.name, error);
      cut.push(`${step.name} (failed)`);
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
  return { cards, cut };
}
