/**
 * The CDS Hooks 2.0 specification's own FHIRPath invariants (from its
 * logical models CDSHooksResponse and CDSHooksFeedback), evaluated with the
 * `fhirpath` package. Tests hold every response and feedback body to them.
 *
 * @module
 */
import fhirpath from 'fhirpath';

/** One invariant: where it applies (a FHIRPath from the root) and what must hold there. */
export interface SpecInvariant {
  id: string;
  context: string;
  expression: string;
  description: string;
}

/** Invariants of a CDS Hooks response body. */
export const RESPONSE_INVARIANTS: readonly SpecInvariant[] = [
  {
    id: 'cds-resp-1',
    context: 'cards',
    expression: "(selectionBehavior = 'at-most-one') implies suggestions.where(isRecommended).count() <= 1",
    description: 'only one suggestion recommended when at-most-one',
  },
  {
    id: 'cds-resp-2',
    context: 'cards.suggestions.actions | systemActions',
    expression: "(type = 'delete') implies (resourceId.exists() and resource.empty())",
    description: 'a delete names resourceId, not a resource',
  },
  {
    id: 'cds-resp-3',
    context: 'cards.links',
    expression: "(type != 'smart') implies (appContext.empty())",
    description: 'appContext only for smart links',
  },
  {
    id: 'cds-resp-4',
    context: 'cards.overrideReasons',
    expression: 'all(display.exists())',
    description: 'override reasons carry a display',
  },
  {
    id: 'cds-resp-5',
    context: 'cards.suggestions',
    expression: 'actions.all(description.exists())',
    description: 'every suggestion action has a description',
  },
  {
    id: 'cds-resp-6',
    context: 'cards',
    expression: 'suggestions.exists() implies selectionBehavior.exists()',
    description: 'selectionBehavior when there are suggestions',
  },
  {
    id: 'cds-resp-7',
    context: 'cards.suggestions',
    expression:
      "actionSelectionBehavior.empty() or actionSelectionBehavior = 'all' or actionSelectionBehavior = 'any' or actionSelectionBehavior = 'at-most-one'",
    description: 'actionSelectionBehavior is all, any or at-most-one',
  },
];

/** Invariants of a CDS Hooks feedback body. */
export const FEEDBACK_INVARIANTS: readonly SpecInvariant[] = [
  {
    id: 'cds-fb-1',
    context: 'feedback',
    expression: "outcome = 'accepted' or outcome = 'overridden'",
    description: 'outcome is accepted or overridden',
  },
  {
    id: 'cds-fb-2',
    context: 'feedback',
    expression: "(outcome = 'accepted') implies acceptedSuggestions.exists()",
    description: 'accepted feedback names its suggestions',
  },
  {
    id: 'cds-fb-3',
    context: 'feedback.overrideReason',
    expression: 'reason.exists() or userComment.exists()',
    description: 'an override reason has a reason or a comment',
  },
];

/**
 * The ids of the invariants `body` breaks, each with the index of the element
 * that broke it among all the nodes its context selects (`cds-resp-6@0`).
 *
 * @example
 * ```ts
 * expect(invariantViolations(RESPONSE_INVARIANTS, response)).toEqual([]);
 * ```
 */
export function invariantViolations(invariants: readonly SpecInvariant[], body: unknown): string[] {
  const violations: string[] = [];
  for (const invariant of invariants) {
    const nodes = fhirpath.evaluate(body as object, invariant.context) as unknown[];
    nodes.forEach((node, index) => {
      const [result] = fhirpath.evaluate(node as object, invariant.expression) as unknown[];
      if (result !== true) violations.push(`${invariant.id}@${index}`);
    });
  }
  return violations;
}
