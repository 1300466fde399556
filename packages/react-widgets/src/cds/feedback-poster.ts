import type { CdsCallOptions, CdsFeedbackEntry, Meridian } from '@meridian/sdk';

/**
 * An `onFeedback` for `<CdsCards>` that posts each feedback item through the
 * SDK (`client.cdsHooks.feedback()`, `POST /cds-services/{id}/feedback`),
 * which checks it against the CDS Hooks schema before sending. A rejection
 * is shown on the card, which lets the clinician try again.
 *
 * @example
 * ```tsx
 * <CdsCards cards={cards} onFeedback={cdsFeedbackPoster(client, 'meridian-patient-risk', { jwt })} />
 * ```
 */
export function cdsFeedbackPoster(
  client: Meridian,
  serviceId: string,
  options: CdsCallOptions = {},
): (feedback: CdsFeedbackEntry) => Promise<void> {
  return async (feedback) => {
    await client.cdsHooks.feedback(serviceId, { feedback: [feedback] }, options);
  };
}
