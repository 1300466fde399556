import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@meridian/sdk';
import { describeAuditEvent } from './describe-audit-event.js';

const API_KEY = 'https://meridian.dev/fhir/sid/api-key';
const EHR = 'https://meridian.dev/fhir/sid/ehr-client';
const OPERATION = 'https://meridian.dev/fhir/CodeSystem/operation';
const REST = 'http://hl7.org/fhir/restful-interaction';

const event = (over: Partial<AuditEvent>): AuditEvent =>
  ({
    resourceType: 'AuditEvent',
    id: 'e1',
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest' },
    action: 'E',
    recorded: '2026-01-01T00:00:00Z',
    outcome: '0',
    agent: [
      {
        requestor: true,
        role: [{ text: 'admin' }],
        who: { identifier: { system: API_KEY, value: 'k1' }, display: 'Demo admin' },
      },
    ],
    source: { observer: { display: 'Meridian CDS server' } },
    ...over,
  }) as AuditEvent;

describe('describeAuditEvent', () => {
  it('names an operation by its display, else by Meridian’s words for its code, else by the code', () => {
    const op = (code: string, display?: string) =>
      describeAuditEvent(
        event({
          subtype: [
            { system: REST, code: 'operation' },
            { system: OPERATION, code, ...(display ? { display } : {}) },
          ],
        }),
      ).interaction;
    expect(op('cds-hook-preview', 'CDS Hooks preview (portal)')).toBe('CDS Hooks preview (portal)');
    expect(op('cds-hook-preview')).toBe('CDS Hooks preview (portal)');
    expect(op('case-analyze')).toBe('case analysis');
    expect(op('brand-new-operation')).toBe('brand-new-operation');
    expect(
      describeAuditEvent(event({ action: 'R', subtype: [{ system: REST, code: 'search-type' }] })).interaction,
    ).toBe('search');
    expect(describeAuditEvent(event({ action: 'R', subtype: [{ system: REST, code: 'read' }] })).interaction).toBe(
      'read',
    );
  });

  it('names who acted: the key, an EHR’s user through the EHR, and never "unknown"', () => {
    expect(describeAuditEvent(event({})).who).toBe('Demo admin (API key, admin)');
    const ehrForUser = event({
      agent: [
        {
          requestor: false,
          role: [{ text: 'ehr' }],
          who: { identifier: { system: EHR, value: 'epic' }, display: 'Epic (https://ehr.example)' },
        },
        { requestor: true, who: { reference: 'Practitioner/7' } },
      ],
    });
    expect(describeAuditEvent(ehrForUser).who).toBe('Practitioner/7 via Epic (https://ehr.example) (EHR, ehr)');
    const nobody = event({
      agent: [{ requestor: true, type: { coding: [{ code: 'humanuser', display: 'human user' }] } }],
    });
    expect(describeAuditEvent(nobody).who).toBe('human user');
    expect(describeAuditEvent(event({ agent: [{ requestor: true }] })).who).toBe('agent not recorded');
  });
});
