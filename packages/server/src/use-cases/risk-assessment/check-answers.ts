import { implausibleAnswers } from '../../engines/risk/answer-limits.js';
import type { ClinicianAnswers } from '../../engines/risk/index.js';
import { badRequest } from '../../platform/errors/outcome-error.js';

const round = (n: number) => Number(n.toPrecision(4));

/**
 * Refuses clinician answers outside physiological limits (the ranges the
 * FHIR adapter applies to recorded values) with a 400 OperationOutcome whose
 * `expression` names each field (`body.answers.respiratoryRate`). The values
 * themselves are not echoed.
 *
 * @throws OutcomeError `validation-failed` when any answer is implausible.
 * @example
 * ```ts
 * assertPlausibleAnswers({ respiratoryRate: -5 }); // throws: body.answers.respiratoryRate is outside 0–100 /min
 * ```
 */
export function assertPlausibleAnswers(answers: ClinicianAnswers | undefined): void {
  if (!answers) return;
  const bad = implausibleAnswers(answers);
  if (!bad.length) return;
  const fields = bad.map((b) => `body.answers.${b.name}`);
  const message = bad
    .map(
      (b) =>
        `body.answers.${b.name}: outside the physiologically possible range ${round(b.min)}–${round(b.max)} ${b.unit} (the range applied to recorded values)`,
    )
    .join('; ');
  throw badRequest(message, fields);
}
