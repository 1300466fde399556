import { readFixture } from '@meridian/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefetchTokens, resolvePrefetchTemplate } from './prefetch-tokens.js';

const templates = readFixture<{ prefetch: Record<string, string> }>('cds-hooks-spec/prefetch-templates.json').prefetch;

describe('resolvePrefetchTemplate', () => {
  it("resolves the specification's example templates against a patient-view context (requirements 55, 59)", () => {
    const context = { userId: 'PractitionerRole/A2340113', patientId: '1288992' };
    expect(resolvePrefetchTemplate(templates.patient!, context)).toEqual({ ok: true, query: 'Patient/1288992' });
    expect(resolvePrefetchTemplate(templates['hemoglobin-a1c']!, context)).toEqual({
      ok: true,
      query: 'Observation?patient=1288992&code=4548-4&_count=1&sort:desc=date',
    });
    expect(resolvePrefetchTemplate(templates.user!, context)).toEqual({
      ok: true,
      query: 'PractitionerRole?_id=A2340113',
    });
  });

  it('fills each user token only from a userId of its resource type (requirement 56)', () => {
    const tokens = ['userPractitionerId', 'userPractitionerRoleId', 'userPatientId', 'userRelatedPersonId'];
    const types = ['Practitioner', 'PractitionerRole', 'Patient', 'RelatedPerson'];
    tokens.forEach((token, i) => {
      types.forEach((type, j) => {
        const result = resolvePrefetchTemplate(`X?_id={{${token}}}`, { userId: `${type}/u1` });
        expect(result.ok, `${token} with ${type}`).toBe(i === j);
      });
    });
  });

  it('refuses a token that is not a root-level primitive of the context (requirement 57)', () => {
    const context = { patientId: '1', medication: { id: 'm' }, selections: ['a'] };
    expect(resolvePrefetchTemplate('M/{{context.medication.id}}', context)).toMatchObject({
      ok: false,
      reason: 'not-a-primitive',
    });
    expect(resolvePrefetchTemplate('M?_id={{context.selections}}', context)).toMatchObject({
      ok: false,
      reason: 'not-a-primitive',
    });
    expect(resolvePrefetchTemplate('Patient/{{patientId}}', context)).toMatchObject({
      ok: false,
      reason: 'unknown-token',
    });
    expect(resolvePrefetchTemplate('Encounter/{{context.encounterId}}', context)).toMatchObject({
      ok: false,
      reason: 'not-in-context',
    });
  });

  it('supports the 1.0 style {{context.draftOrders.MedicationRequest.id}} over the context Bundle', () => {
    const { context } = readFixture<{ context: Record<string, unknown> }>(
      'cds-hooks-library/order-sign-context-r4.json',
    );
    const result = resolvePrefetchTemplate(
      'MedicationRequest?_id={{context.draftOrders.MedicationRequest.id}}',
      context,
    );
    expect(result.ok && result.query).toMatch(/^MedicationRequest\?_id=[A-Za-z0-9\-.]+(,[A-Za-z0-9\-.]+)*$/);
    expect(resolvePrefetchTemplate('X?_id={{context.draftOrders.Procedure.id}}', context)).toMatchObject({ ok: false });
  });

  it('URL-encodes values, so no context value can inject query parameters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (patientId) => {
        const result = resolvePrefetchTemplate('Condition?patient={{context.patientId}}&status=active', { patientId });
        if (!result.ok) return false;
        const url = new URL(`https://x.org/${result.query}`);
        const raw = result.query.slice(result.query.indexOf('patient=') + 8, result.query.indexOf('&status='));
        return (
          !raw.includes(',') &&
          url.searchParams.get('patient') === patientId &&
          url.searchParams.get('status') === 'active' &&
          [...url.searchParams.keys()].length === 2
        );
      }),
    );
  });

  it('lists the tokens of a template', () => {
    expect(prefetchTokens(templates['hemoglobin-a1c']!)).toEqual(['context.patientId']);
  });
});
