import { z } from 'zod';

/**
 * Body of `POST /cds-services/{id}/preview` (API key): the stored patient to
 * run a `patient-view` service for, as if their chart had just opened, and
 * optionally the user (default `Practitioner/meridian-preview`). The
 * answer is the service's CDS Hooks response.
 *
 * @example
 * ```ts
 * cdsPreviewRequestSchema.parse({ patient: 'Patient/demo-ada' });
 * ```
 */
export const cdsPreviewRequestSchema = z.strictObject({
  patient: z.string().regex(/^(Patient\/)?[A-Za-z0-9.-]{1,64}$/, 'a Patient reference: Patient/{id}'),
  userId: z
    .string()
    .regex(
      /^(Practitioner|PractitionerRole|Patient|RelatedPerson)\/[A-Za-z0-9.-]{1,64}$/,
      'a user reference: Practitioner/{id}',
    )
    .optional(),
});

/** A preview request. */
export type CdsPreviewRequest = z.infer<typeof cdsPreviewRequestSchema>;
