import { z } from 'zod';
import { cdsResourceSchema } from './common.js';

/** A FHIR logical id (`[A-Za-z0-9\-\.]{1,64}`), as hook contexts carry them. */
export const fhirIdSchema = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id');

/** A relative reference `Type/id`. */
export const relativeReferenceSchema = z
  .string()
  .regex(/^[A-Z][A-Za-z]{1,63}\/[A-Za-z0-9\-.]{1,64}$/, 'must be a relative reference Type/id');

/** `context.userId`: the user, as a Practitioner, PractitionerRole, Patient or RelatedPerson reference. */
export const cdsUserIdSchema = z
  .string()
  .regex(
    /^(Practitioner|PractitionerRole|Patient|RelatedPerson)\/[A-Za-z0-9\-.]{1,64}$/,
    'must reference a Practitioner, PractitionerRole, Patient or RelatedPerson',
  );

/** The most orders a `draftOrders` Bundle may hold (an order set, not a data dump). */
export const MAX_DRAFT_ORDERS = 500;

/**
 * A FHIR Bundle of orders, as `draftOrders` carries it (any resource types:
 * R4 MedicationRequest, ServiceRequest, NutritionOrder, …; older FHIR
 * versions' MedicationOrder, ProcedureRequest, …).
 */
export const draftOrdersSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z
    .array(z.looseObject({ resource: cdsResourceSchema.optional() }))
    .max(MAX_DRAFT_ORDERS)
    .optional(),
});

/**
 * Context of `patient-view` (hook version 1.0): the user opened a patient's chart.
 *
 * @example
 * ```ts
 * patientViewContextSchema.parse({ userId: 'Practitioner/123', patientId: '1288992' });
 * ```
 */
export const patientViewContextSchema = z.looseObject({
  userId: cdsUserIdSchema,
  patientId: fhirIdSchema,
  encounterId: fhirIdSchema.optional(),
});

/** Context of `encounter-start`: the user is starting an encounter (all three ids required). */
export const encounterStartContextSchema = z.looseObject({
  userId: cdsUserIdSchema,
  patientId: fhirIdSchema,
  encounterId: fhirIdSchema,
});

/** Context of `encounter-discharge`: the user is discharging a patient from an encounter. */
export const encounterDischargeContextSchema = encounterStartContextSchema;

const orderReferences = (bundle: z.infer<typeof draftOrdersSchema>) =>
  new Set((bundle.entry ?? []).flatMap((e) => (e.resource?.id ? [`${e.resource.resourceType}/${e.resource.id}`] : [])));

/**
 * Context of `order-select`: the user selected orders (`selections`, each a
 * reference to a resource in `draftOrders`).
 *
 * @example
 * ```ts
 * orderSelectContextSchema.parse({ userId: 'PractitionerRole/1', patientId: '1', selections: ['MedicationRequest/a'],
 *   draftOrders: { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'MedicationRequest', id: 'a' } }] } });
 * ```
 */
export const orderSelectContextSchema = z
  .looseObject({
    userId: cdsUserIdSchema,
    patientId: fhirIdSchema,
    encounterId: fhirIdSchema.optional(),
    selections: z.array(relativeReferenceSchema).min(1),
    draftOrders: draftOrdersSchema,
  })
  .superRefine((context, ctx) => {
    const known = orderReferences(context.draftOrders);
    context.selections.forEach((selection, index) => {
      if (!known.has(selection))
        ctx.addIssue({ code: 'custom', path: ['selections', index], message: 'is not an order in draftOrders' });
    });
  });

/** Context of `order-sign`: the user is about to sign `draftOrders`. */
export const orderSignContextSchema = z.looseObject({
  userId: cdsUserIdSchema,
  patientId: fhirIdSchema,
  encounterId: fhirIdSchema.optional(),
  draftOrders: draftOrdersSchema,
});

/**
 * The context schema of each hook Meridian serves.
 *
 * @example
 * ```ts
 * CDS_CONTEXT_SCHEMAS['patient-view'].parse(request.context);
 * ```
 */
export const CDS_CONTEXT_SCHEMAS = {
  'patient-view': patientViewContextSchema,
  'order-select': orderSelectContextSchema,
  'order-sign': orderSignContextSchema,
  'encounter-start': encounterStartContextSchema,
  'encounter-discharge': encounterDischargeContextSchema,
} as const;

/** Context of `patient-view`. */
export type PatientViewContext = z.infer<typeof patientViewContextSchema>;
/** Context of `order-select`. */
export type OrderSelectContext = z.infer<typeof orderSelectContextSchema>;
/** Context of `order-sign`. */
export type OrderSignContext = z.infer<typeof orderSignContextSchema>;
/** Context of `encounter-start` and `encounter-discharge`. */
export type EncounterContext = z.infer<typeof encounterStartContextSchema>;
