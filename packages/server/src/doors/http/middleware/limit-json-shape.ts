import type { RequestHandler } from 'express';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { findJsonShapeProblem, JSON_BODY_LIMITS, type JsonLimits } from '../../../platform/validation/json-shape.js';

/**
 * Refuses a parsed JSON body nested too deep, with too long an array or
 * string (400 `validation-failed`, naming where), before any handler or the
 * database sees it. Runs after `express.json()`.
 *
 * @example
 * ```ts
 * app.use(express.json(), limitJsonShape());
 * ```
 */
export function limitJsonShape(limits: JsonLimits = JSON_BODY_LIMITS): RequestHandler {
  return (req, _res, next) => {
    const found = findJsonShapeProblem(req.body, limits);
    next(
      found
        ? new OutcomeError(
            'validation-failed',
            `the request body is out of bounds at ${found.path}: ${found.problem}`,
            [found.path],
          )
        : undefined,
    );
  };
}
