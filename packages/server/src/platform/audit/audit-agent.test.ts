import { auditEventSchema } from '@meridian/sdk';
import { describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { actorFor, type Actor } from '../tenancy/actor.js';
import { systemPrincipal, type Principal } from '../tenancy/principal.js';
import { buildAuditEvent } from './build-audit-event.js';
import {
  API_KEY_IDENTIFIER_SYSTEM,
  EHR_CLIENT_IDENTIFIER_SYSTEM,
  MLLP_SENDER_IDENTIFIER_SYSTEM,
  SYSTEM_COMPONENT_IDENTIFIER_SYSTEM,
  UNVERIFIED_CALLER_EXTENSION_URL,
} from './codes.js';

const PRINCIPALS: Record<Principal['kind'], Principal> = {
  'api-key': { kind: 'api-key', tenantId: 'clinic-a', apiKeyId: 'key-1', name: 'Portal', role: 'clinician' },
  'ehr-client': {
    kind: 'ehr-client',
    tenantId: 'clinic-a',
    clientId: 'ehr-1',
    issuer: 'https://ehr.example.org',
    subject: 'client-7',
    name: 'Example EHR',
    role: 'integration',
    verified: true,
  },
  'mllp-sender': {
    kind: 'mllp-sender',
    tenantId: 'clinic-a',
    senderId: 'hl7-1',
    sendingApplication: 'EPIC',
    sendingFacility: 'MAIN',
    name: 'Main lab feed',
    role: 'integration',
  },
  system: systemPrincipal('clinic-a', 'job:case-analysis'),
};

const event = (actor: Actor) =>
  buildAuditEvent(
    actor,
    { action: 'R', interaction: 'read', patients: ['Patient/p1'] },
    new Date('2026-11-23T10:00:00Z'),
  );

describe('the AuditEvent agent of each kind of principal', () => {
  it.each(Object.values(PRINCIPALS))(
    '$kind: valid R4 (official schema and FHIR.js) and valid for the SDK contract',
    (principal) => {
      const e = event(actorFor(principal, 'req-1', { clientAddress: '10.1.2.3' }));
      expect(validateR4(e)).toEqual({ valid: true, schemaErrors: [], fhirJsErrors: [] });
      auditEventSchema.parse(e);
      expect(e.agent[0]!.network).toEqual({ address: '10.1.2.3', type: '2' });
    },
  );

  it('names each kind by its own identifier system and id', () => {
    const who = (p: Principal) => event(actorFor(p, 'r')).agent[0]!.who;
    expect(who(PRINCIPALS['api-key'])).toEqual({
      identifier: { system: API_KEY_IDENTIFIER_SYSTEM, value: 'key-1' },
      display: 'Portal',
    });
    expect(who(PRINCIPALS['ehr-client'])).toEqual({
      identifier: { system: EHR_CLIENT_IDENTIFIER_SYSTEM, value: 'ehr-1' },
      display: 'Example EHR (https://ehr.example.org)',
    });
    expect(who(PRINCIPALS['mllp-sender'])).toEqual({
      identifier: { system: MLLP_SENDER_IDENTIFIER_SYSTEM, value: 'hl7-1' },
      display: 'Main lab feed (EPIC^MAIN)',
    });
    expect(who(PRINCIPALS.system)).toEqual({
      identifier: { system: SYSTEM_COMPONENT_IDENTIFIER_SYSTEM, value: 'system:job:case-analysis' },
      display: 'Meridian job:case-analysis',
    });
    expect(event(actorFor(PRINCIPALS['ehr-client'], 'r')).agent[0]!.altId).toBe('client-7');
  });

  it('records an EHR acting for a user with the user as requestor, and the EHR as the application', () => {
    const e = event(actorFor(PRINCIPALS['ehr-client'], 'r', { onBehalfOf: 'Practitioner/dr-1' }));
    expect(e.agent).toHaveLength(2);
    expect(e.agent[0]).toMatchObject({ requestor: false, type: { coding: [{ code: '110150' }] } });
    expect(e.agent[1]).toMatchObject({ requestor: true, who: { reference: 'Practitioner/dr-1' } });
    expect(validateR4(e).valid).toBe(true);
  });

  it('marks an unverified EHR call (embedded demo mode) on the agent', () => {
    const unverified = { ...PRINCIPALS['ehr-client'], verified: false } as Principal;
    const e = event(actorFor(unverified, 'r'));
    expect(e.agent[0]!.extension).toEqual([{ url: UNVERIFIED_CALLER_EXTENSION_URL, valueBoolean: true }]);
    expect(validateR4(e).valid).toBe(true);
    expect(event(actorFor(PRINCIPALS['ehr-client'], 'r')).agent[0]!.extension).toBeUndefined();
  });
});
