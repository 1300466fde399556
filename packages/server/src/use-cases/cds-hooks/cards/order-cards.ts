/**
 * One card per order-safety finding, with its evidence, its source, override
 * reasons, and the one concrete FHIR action Meridian may suggest: removing
 * the draft order (never a dose, never another drug).
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { CdsSuggestion } from '@meridian/sdk';
import type { OrderFinding } from '../../../engines/order-safety/order-finding.js';
import { buildCard, escapeMarkdown, type TypedCard } from './card-builder.js';
import { ORDER_OVERRIDE_REASONS } from './card-codes.js';

const removeDraft = (finding: OrderFinding): CdsSuggestion[] =>
  finding.order.reference.includes('/#')
    ? []
    : [
        {
          label: 'Remove this draft order',
          uuid: randomUUID(),
          actions: [
            {
              type: 'delete',
              description: `Remove the draft order ${finding.order.reference}`,
              resourceId: finding.order.reference,
            },
          ],
        },
      ];

/**
 * The cards of order-safety findings.
 *
 * @example
 * ```ts
 * orderCards(checkOrders(orders, context));
 * ```
 */
export function orderCards(findings: readonly OrderFinding[]): TypedCard[] {
  return findings.map((finding) =>
    buildCard({
      type: finding.kind,
      indicator: finding.indicator,
      summary: finding.headline,
      detail: [
        escapeMarkdown(finding.rationale),
        '',
        `Order: ${escapeMarkdown(finding.order.reference)}`,
        '',
        '**Evidence**',
        '',
        ...finding.evidence.map((e) => `- ${escapeMarkdown(e.description)} (${escapeMarkdown(e.reference)})`),
        '',
        'Meridian does not prescribe: review the order with the evidence above.',
      ].join('\n'),
      citations: [finding.citation],
      suggestions: removeDraft(finding),
      overrideReasons: ORDER_OVERRIDE_REASONS,
    }),
  );
}
