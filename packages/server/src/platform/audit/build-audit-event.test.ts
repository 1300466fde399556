import { auditEventSchema } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { buildAuditEvent } from './build-audit-event.js';
import { apiKeyActor } from '../../testing/actors.js';

const actor = apiKeyActor('clinic-a', 'key-1', 'integration', {
  name: 'EHR integration',
  requestId: 'req-1',
  clientAddress: '10.0.0.7',
});

describe('buildAuditEvent', () => {
  it('emits an R4 AuditEvent valid for the official schema, FHIR.js and the SDK contract', () => {
    const event = buildAuditEvent(
      actor,
      {
        action: 'E',
        interaction: 'operation',
        operation: 'risk-assess',
        patients: ['Patient/p1'],
        resources: ['Observation/o1', 'Patient/p1'],
      },
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(validateR4(event)).toEqual({ valid: true, schemaErrors: [], fhirJsErrors: [] });
    auditEventSchema.parse(event);
    expect(event.entity).toHaveLength(2);
    expect(event.agent[0]).toMatchObject({
      requestor: true,
      who: { identifier: { value: 'key-1' } },
      role: [{ text: 'integration' }],
    });
  });

  it('carries references and codes only: no free text beyond the key name and a failure code', () => {
    const event = buildAuditEvent(
      actor,
      { action: 'R', interaction: 'read', outcome: '4', outcomeDesc: 'resource-not-found', patients: ['Patient/p1'] },
      new Date(),
    );
    const strings = JSON.stringify(event).match(/"(?:display|text|outcomeDesc|valueString)":"[^"]*"/g) ?? [];
    for (const s of strings)
      expect(s).toMatch(
        /EHR integration|integration|resource-not-found|req-1|Meridian CDS server|RESTful|data collector|Application Server|Person|System Object|Patient|Domain Resource/,
      );
  });
});
