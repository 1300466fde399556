import { Router } from 'express';
import { FHIR_ID, summaryRequestSchema, type PatientSummary } from '@meridian/sdk';
import { z } from 'zod';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { summarisePatient } from '../../../use-cases/summaries/summarise-patient.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { publicBaseOf } from '../public-url.js';

const patientIdSchema = z.strictObject({ id: z.string().regex(FHIR_ID, 'a FHIR id') });

/**
 * `POST /patients/{id}/summary`: the patient summary (a FHIR document
 * Bundle with its Composition, the cited sentences, trends and narrative)
 * of a stored patient; an unknown patient is a 404 OperationOutcome. The
 * access is audited with every resource the summary cites.
 */
export function summaryRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/patients/:id/summary',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }),
    async (req, res) => {
      const actor = actorOf(res);
      const { id } = parseOrThrow(patientIdSchema, req.params, 'path');
      const request = parseOrThrow(summaryRequestSchema, req.body ?? {}, 'body');
      const patient = `Patient/${id}`;
      // Summarise before the audit transaction: the model call must not hold it open (PGlite has one connection).
      let summary: PatientSummary | undefined;
      let failure: unknown;
      try {
        summary = await summarisePatient(
          services,
          services.db,
          { tenantId: actor.tenantId, patient, fhirBase: `${publicBaseOf(res)}/fhir` },
          request,
        );
      } catch (error) {
        failure = error;
      }
      const answer = await services.audit.record(
        actor,
        async () => {
          if (!summary) throw failure;
          return summary;
        },
        (s) => ({
          action: 'E',
          interaction: 'operation',
          operation: 'patient-summary',
          patients: [patient],
          resources: s
            ? [...new Set([...s.sentences, ...s.narrative].flatMap((x) => x.sources))].filter((r) => r !== patient)
            : [],
        }),
      );
      res.json(answer);
    },
  );
  return router;
}
