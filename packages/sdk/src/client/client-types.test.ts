/**
 * Type-level tests: every client method resolves to (or yields) the type
 * inferred from the zod schema that parses its answer, so the SDK's types
 * and its runtime checks are one contract. The assertions are checked by
 * the type checker (`tsc -p tsconfig.check.json`, part of `npm test`).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Meridian } from './meridian.js';
import type { alertSchema } from '../schemas/alerts.js';
import type { auditEventSchema } from '../schemas/audit-event.js';
import type { auditVerifyResultSchema } from '../schemas/audit.js';
import type { caseAnalysisSchema } from '../schemas/case-analysis.js';
import type { cdsServiceResponseSchema } from '../schemas/cds-hooks/card.js';
import type { cdsDiscoveryResponseSchema } from '../schemas/cds-hooks/discovery.js';
import type { cdsFeedbackResponseSchema } from '../schemas/cds-hooks/feedback.js';
import type { escalationListSchema, modelEndpointSchema } from '../schemas/escalations.js';
import type { anyResourceSchema } from '../schemas/bundle.js';
import type { transactionResponseSchema } from '../schemas/fhir-rest.js';
import type { guidelineChunkSchema, guidelineSearchResponseSchema } from '../schemas/guidelines.js';
import type { hl7MessageListSchema, hl7MessageSummarySchema } from '../schemas/hl7.js';
import type { jobAcceptedSchema, jobEventSchema, jobSchema } from '../schemas/jobs.js';
import type { riskAssessResponseSchema } from '../schemas/risk.js';
import type { safetyCheckResponseSchema } from '../schemas/safety.js';
import type { valueSetSchema } from '../schemas/terminology.js';
import type { apiKeyCreatedSchema, apiKeySchema, tenantSchema } from '../schemas/admin.js';

type Answer<F> = F extends (...args: never[]) => Promise<infer T> ? T : never;
type Yield<F> = F extends (...args: never[]) => AsyncGenerator<infer T> ? T : never;

describe('client method types are the zod-inferred types', () => {
  it('case analysis, jobs and their events', () => {
    expectTypeOf<Answer<Meridian['cases']['analyze']>>().toEqualTypeOf<z.infer<typeof caseAnalysisSchema>>();
    expectTypeOf<Answer<Meridian['cases']['submit']>>().toEqualTypeOf<
      z.infer<typeof caseAnalysisSchema> | z.infer<typeof jobAcceptedSchema>
    >();
    expectTypeOf<Answer<Meridian['jobs']['get']>>().toEqualTypeOf<z.infer<typeof jobSchema>>();
    expectTypeOf<Answer<Meridian['jobs']['wait']>>().toEqualTypeOf<z.infer<typeof jobSchema>>();
    expectTypeOf<Yield<Meridian['jobs']['stream']>>().toEqualTypeOf<z.infer<typeof jobEventSchema>>();
  });

  it('CDS Hooks, alerts, guidelines', () => {
    expectTypeOf<Answer<Meridian['cdsHooks']['call']>>().toEqualTypeOf<z.infer<typeof cdsServiceResponseSchema>>();
    expectTypeOf<Answer<Meridian['cdsHooks']['preview']>>().toEqualTypeOf<z.infer<typeof cdsServiceResponseSchema>>();
    expectTypeOf<Answer<Meridian['cdsHooks']['discover']>>().toEqualTypeOf<
      z.infer<typeof cdsDiscoveryResponseSchema>
    >();
    expectTypeOf<Answer<Meridian['cdsHooks']['feedback']>>().toEqualTypeOf<z.infer<typeof cdsFeedbackResponseSchema>>();
    expectTypeOf<Answer<Meridian['alerts']['list']>>().toEqualTypeOf<Array<z.infer<typeof alertSchema>>>();
    expectTypeOf<Yield<Meridian['alerts']['stream']>>().toEqualTypeOf<z.infer<typeof alertSchema>>();
    expectTypeOf<Answer<Meridian['guidelines']['search']>>().toEqualTypeOf<
      z.infer<typeof guidelineSearchResponseSchema>
    >();
    expectTypeOf<Answer<Meridian['guidelines']['chunk']>>().toEqualTypeOf<z.infer<typeof guidelineChunkSchema>>();
  });

  it('risk, safety, audit, terminology, HL7, escalations, FHIR, admin', () => {
    expectTypeOf<Answer<Meridian['risk']['assess']>>().toEqualTypeOf<z.infer<typeof riskAssessResponseSchema>>();
    expectTypeOf<Answer<Meridian['safety']['check']>>().toEqualTypeOf<z.infer<typeof safetyCheckResponseSchema>>();
    expectTypeOf<Answer<Meridian['audit']['verify']>>().toEqualTypeOf<z.infer<typeof auditVerifyResultSchema>>();
    expectTypeOf<Yield<Meridian['audit']['iterate']>>().toEqualTypeOf<z.infer<typeof auditEventSchema>>();
    expectTypeOf<Answer<Meridian['terminology']['read']>>().toEqualTypeOf<z.infer<typeof valueSetSchema>>();
    expectTypeOf<Answer<Meridian['hl7']['messages']>>().toEqualTypeOf<z.infer<typeof hl7MessageListSchema>>();
    expectTypeOf<Answer<Meridian['hl7']['reprocess']>>().toEqualTypeOf<z.infer<typeof hl7MessageSummarySchema>>();
    expectTypeOf<Answer<Meridian['escalations']['list']>>().toEqualTypeOf<z.infer<typeof escalationListSchema>>();
    expectTypeOf<Answer<Meridian['modelEndpoints']['get']>>().toEqualTypeOf<z.infer<typeof modelEndpointSchema>>();
    expectTypeOf<Answer<Meridian['fhir']['transaction']>>().toEqualTypeOf<z.infer<typeof transactionResponseSchema>>();
    expectTypeOf<Answer<Meridian['admin']['tenants']['list']>>().toEqualTypeOf<Array<z.infer<typeof tenantSchema>>>();
    expectTypeOf<Answer<Meridian['admin']['apiKeys']['create']>>().toEqualTypeOf<z.infer<typeof apiKeyCreatedSchema>>();
    expectTypeOf<Answer<Meridian['admin']['apiKeys']['list']>>().toEqualTypeOf<Array<z.infer<typeof apiKeySchema>>>();
  });

  it('FHIR reads are generic: the caller’s resource type comes back', () => {
    type Observation = { resourceType: 'Observation'; id?: string; status: string };
    expectTypeOf<Awaited<ReturnType<Meridian['fhir']['read']>>>().toEqualTypeOf<z.infer<typeof anyResourceSchema>>();
    const _read = (client: Meridian) => client.fhir.read<Observation>('Observation', '1');
    expectTypeOf<Awaited<ReturnType<typeof _read>>>().toEqualTypeOf<Observation>();
    const _search = (client: Meridian) => client.fhir.search<Observation>('Observation');
    expectTypeOf<Awaited<ReturnType<typeof _search>>['resources']>().toEqualTypeOf<Observation[]>();
  });
});
