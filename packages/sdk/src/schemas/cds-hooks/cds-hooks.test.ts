import { readFixture } from '@meridian/fixtures';
import { describe, expect, it } from 'vitest';
import {
  cdsActionSchema,
  cdsCardSchema,
  cdsDiscoveryResponseSchema,
  cdsFeedbackRequestSchema,
  cdsHookRequestSchema,
  cdsRequestEnvelopeSchema,
  cdsServiceResponseSchema,
  CDS_CONTEXT_SCHEMAS,
  type CdsHook,
} from '../cds-hooks.js';

const spec = (name: string) => readFixture<Record<string, unknown>>(`cds-hooks-spec/${name}`);
const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

const card = {
  uuid: '4e0a3a1e-3283-4575-ab82-028d55fe2719',
  summary: 'Example',
  indicator: 'info',
  source: { label: 'Meridian' },
} as const;

describe('CDS Hooks schemas against the specification examples', () => {
  it('parse the discovery examples', () => {
    expect(cdsDiscoveryResponseSchema.parse(spec('discovery-response.json')).services).toHaveLength(3);
    expect(
      cdsDiscoveryResponseSchema.parse(spec('discovery-response-with-extension.json')).services[0]!.extension,
    ).toBeDefined();
    expect(
      cdsDiscoveryResponseSchema.parse(readFixture('inferno-crd-test-kit/cds-services-discovery.json')).services.length,
    ).toBeGreaterThan(5);
  });

  it('refuses a discovery response that lists one id twice, naming the second', () => {
    const services = readFixture<{ services: Array<{ id: string }> }>(
      'cds-hooks-spec/discovery-response.json',
    ).services;
    const twice = { services: [...services, { ...services[0]!, hook: 'order-sign' }] };
    const parsed = cdsDiscoveryResponseSchema.safeParse(twice);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [`services.${services.length}.id`, `the id '${services[0]!.id}' is listed twice; each service needs its own id`],
    ]);
  });

  it('parse the request examples, and the Inferno bodies of the hooks Meridian serves', () => {
    expect(cdsHookRequestSchema.parse(spec('request-patient-view.json')).hook).toBe('patient-view');
    // The extension example has no patientId: a valid envelope, not a valid patient-view request.
    expect(cdsRequestEnvelopeSchema.safeParse(spec('request-with-extension.json')).success).toBe(true);
    expect(paths(cdsHookRequestSchema.safeParse(spec('request-with-extension.json')))).toEqual(['context.patientId']);
    for (const file of ['encounter_start', 'encounter_discharge', 'order_select', 'order_sign']) {
      const body = readFixture<{ hook: string }>(`inferno-crd-test-kit/${file}_hook_request.json`);
      expect(cdsHookRequestSchema.safeParse(body).success, file).toBe(true);
    }
  });

  it('parse every CDS Hooks library context of the hooks Meridian serves (R4 orders)', () => {
    const files = [
      'patient-view-context-1',
      'patient-view-context-2',
      'encounter-start-context-1',
      'encounter-discharge-context-1',
      'order-select-context-r4',
      'order-sign-context-r4',
    ];
    for (const file of files) {
      const { hook, context } = readFixture<{ hook: CdsHook; context: unknown }>(`cds-hooks-library/${file}.json`);
      expect(CDS_CONTEXT_SCHEMAS[hook].safeParse(context).success, file).toBe(true);
    }
  });

  it('parse the response and action examples that follow the 2.0 rules', () => {
    expect(cdsServiceResponseSchema.parse(spec('response-cards.json')).cards).toHaveLength(2);
    expect(cdsServiceResponseSchema.parse(spec('response-empty.json')).cards).toEqual([]);
    for (const action of spec('actions-create-update-delete.json') as unknown as unknown[])
      expect(cdsActionSchema.safeParse(action).success).toBe(true);
    const inferno = readFixture<unknown[]>('inferno-crd-test-kit/valid_cards.json');
    expect(inferno.map((c) => paths(cdsCardSchema.safeParse(c)))).toEqual(inferno.map(() => []));
  });

  it('refuse the two examples that break the 2.0 rules themselves', () => {
    // response-autolaunchable omits the REQUIRED indicator; response-systemActions omits the REQUIRED action.description.
    expect(paths(cdsServiceResponseSchema.safeParse(spec('response-autolaunchable.json')))).toEqual([
      'cards.0.indicator',
    ]);
    expect(paths(cdsServiceResponseSchema.safeParse(spec('response-systemActions.json')))).toEqual([
      'systemActions.0.description',
    ]);
  });

  it('parse the three feedback examples', () => {
    for (const file of ['feedback-accepted.json', 'feedback-overridden.json', 'feedback-overridden-with-reason.json']) {
      expect(cdsFeedbackRequestSchema.safeParse(spec(file)).success, file).toBe(true);
    }
  });
});

describe('CDS Hooks card rules', () => {
  it('a summary of 139 characters passes; 140 does not (requirement 83)', () => {
    expect(cdsCardSchema.safeParse({ ...card, summary: 'x'.repeat(139) }).success).toBe(true);
    expect(paths(cdsCardSchema.safeParse({ ...card, summary: 'x'.repeat(140) }))).toEqual(['summary']);
  });

  it('indicator is one of info, warning, critical (requirements 87, 88)', () => {
    expect(paths(cdsCardSchema.safeParse({ ...card, indicator: 'hard-stop' }))).toEqual(['indicator']);
    expect(paths(cdsCardSchema.safeParse({ ...card, indicator: undefined }))).toEqual(['indicator']);
  });

  it('suggestions need selectionBehavior; at-most-one allows one recommendation (requirements 93, 96)', () => {
    const suggestions = [
      { label: 'A', isRecommended: true },
      { label: 'B', isRecommended: true },
    ];
    expect(paths(cdsCardSchema.safeParse({ ...card, suggestions }))).toEqual(['selectionBehavior']);
    expect(paths(cdsCardSchema.safeParse({ ...card, suggestions, selectionBehavior: 'at-most-one' }))).toEqual([
      'suggestions',
    ]);
    expect(cdsCardSchema.safeParse({ ...card, suggestions, selectionBehavior: 'any' }).success).toBe(true);
  });

  it('override reasons carry a display (requirements 100, 136, 219)', () => {
    expect(
      paths(cdsCardSchema.safeParse({ ...card, overrideReasons: [{ system: 'https://x.org', code: 'a' }] })),
    ).toEqual(['overrideReasons.0.display']);
  });

  it('links are absolute or smart; appContext only on smart links (requirements 139, 142, 147)', () => {
    expect(
      paths(cdsCardSchema.safeParse({ ...card, links: [{ label: 'L', url: '/relative', type: 'absolute' }] })),
    ).toEqual(['links.0.url']);
    expect(
      paths(
        cdsCardSchema.safeParse({
          ...card,
          links: [{ label: 'L', url: 'https://a.org', type: 'absolute', appContext: '{}' }],
        }),
      ),
    ).toEqual(['links.0.appContext']);
    expect(
      paths(cdsCardSchema.safeParse({ ...card, links: [{ label: 'L', url: 'https://a.org', type: 'hyperlink' }] })),
    ).toEqual(['links.0.type']);
  });

  it('empty strings, arrays and objects are refused (requirement 3)', () => {
    expect(paths(cdsCardSchema.safeParse({ ...card, detail: '' }))).toEqual(['detail']);
    expect(paths(cdsCardSchema.safeParse({ ...card, links: [] }))).toEqual(['links']);
    expect(paths(cdsCardSchema.safeParse({ ...card, source: { label: ' ' } }))).toEqual(['source.label']);
    expect(paths(cdsCardSchema.safeParse({ ...card, detail: null }))).toEqual(['detail']);
  });

  it('actions: create/update carry a resource; delete a resourceId and no resource (requirements 130-135)', () => {
    expect(paths(cdsActionSchema.safeParse({ type: 'create', description: 'd' }))).toEqual(['resource']);
    expect(
      paths(
        cdsActionSchema.safeParse({
          type: 'delete',
          description: 'd',
          resource: { resourceType: 'Task' },
          resourceId: 'Task/1',
        }),
      ),
    ).toEqual(['resource']);
    expect(paths(cdsActionSchema.safeParse({ type: 'delete', description: 'd' }))).toEqual(['resourceId']);
    expect(paths(cdsActionSchema.safeParse({ type: 'patch', description: 'd', resourceId: 'Task/1' }))).toEqual([
      'type',
    ]);
  });
});

describe('CDS Hooks request and feedback rules', () => {
  const base = spec('request-patient-view.json');

  it('fhirServer is required with fhirAuthorization', () => {
    const { fhirServer: _f, ...withoutServer } = base;
    expect(paths(cdsHookRequestSchema.safeParse(withoutServer))).toEqual(['fhirServer']);
  });

  it('hookInstance must be a UUID; context fields are checked per hook', () => {
    expect(paths(cdsHookRequestSchema.safeParse({ ...base, hookInstance: 'x' }))).toEqual(['hookInstance']);
    expect(paths(cdsHookRequestSchema.safeParse({ ...base, context: { patientId: '1' } }))).toEqual(['context.userId']);
    expect(cdsHookRequestSchema.safeParse({ ...base, hook: 'order-dispatch' }).success).toBe(false);
  });

  it('order-select selections must name orders in draftOrders', () => {
    const { context } = readFixture<{ context: Record<string, unknown> }>(
      'cds-hooks-library/order-select-context-r4.json',
    );
    const result = CDS_CONTEXT_SCHEMAS['order-select'].safeParse({
      ...context,
      selections: ['MedicationRequest/not-there'],
    });
    expect(paths(result)).toEqual(['selections.0']);
  });

  it('feedback: accepted needs acceptedSuggestions; an override reason needs a reason or a comment', () => {
    const entry = { card: 'c', outcomeTimestamp: '2026-01-01T00:00:00Z' };
    expect(paths(cdsFeedbackRequestSchema.safeParse({ feedback: [{ ...entry, outcome: 'accepted' }] }))).toEqual([
      'feedback.0.acceptedSuggestions',
    ]);
    expect(
      paths(
        cdsFeedbackRequestSchema.safeParse({ feedback: [{ ...entry, outcome: 'overridden', overrideReason: {} }] }),
      ),
    ).toEqual(['feedback.0.overrideReason']);
    expect(paths(cdsFeedbackRequestSchema.safeParse({ feedback: [{ ...entry, outcome: 'ignored' }] }))).toEqual([
      'feedback.0.outcome',
    ]);
    expect(
      paths(
        cdsFeedbackRequestSchema.safeParse({
          feedback: [{ ...entry, outcome: 'overridden', outcomeTimestamp: 'yesterday' }],
        }),
      ),
    ).toEqual(['feedback.0.outcomeTimestamp']);
    expect(paths(cdsFeedbackRequestSchema.safeParse({ feedback: [] }))).toEqual(['feedback']);
  });
});

describe('CDS Hooks field types the service must send', () => {
  it('source: label required; url and icon absolute; topic a Coding with system and code (requirements 105, 107, 111, 115, 216, 217, 218, 220)', () => {
    expect(paths(cdsCardSchema.safeParse({ ...card, source: {} }))).toEqual(['source.label']);
    expect(
      paths(cdsCardSchema.safeParse({ ...card, source: { label: 'l', url: 'example.com', icon: '/icon.png' } })),
    ).toEqual(['source.url', 'source.icon']);
    expect(paths(cdsCardSchema.safeParse({ ...card, source: { label: 'l', topic: { code: 'x' } } }))).toEqual([
      'source.topic.system',
    ]);
    expect(paths(cdsCardSchema.safeParse({ ...card, source: { label: 'l', topic: { system: 's' } } }))).toEqual([
      'source.topic.code',
    ]);
    expect(
      cdsCardSchema.safeParse({ ...card, source: { label: 'l', topic: { system: 's', code: 'c' } } }).success,
    ).toBe(true); // display optional on a topic
  });

  it('suggestion: label a string, uuid a string, isRecommended a boolean, actions an array (requirements 117, 119, 121, 124)', () => {
    const withSuggestion = (s: unknown) =>
      cdsCardSchema.safeParse({ ...card, selectionBehavior: 'any', suggestions: [s] });
    expect(paths(withSuggestion({ uuid: 'u' }))).toEqual(['suggestions.0.label']);
    expect(paths(withSuggestion({ label: 'l', uuid: 7 }))).toEqual(['suggestions.0.uuid']);
    expect(paths(withSuggestion({ label: 'l', isRecommended: 'yes' }))).toEqual(['suggestions.0.isRecommended']);
    expect(paths(withSuggestion({ label: 'l', actions: { type: 'delete' } }))).toEqual(['suggestions.0.actions']);
  });

  it('overrideReasons and links are arrays; link label, url and type required; appContext a string (requirements 98, 103, 138, 139, 141, 144)', () => {
    expect(
      paths(cdsCardSchema.safeParse({ ...card, overrideReasons: { system: 's', code: 'c', display: 'd' } })),
    ).toEqual(['overrideReasons']);
    expect(
      paths(cdsCardSchema.safeParse({ ...card, links: { label: 'l', url: 'https://a.org', type: 'absolute' } })),
    ).toEqual(['links']);
    expect(paths(cdsCardSchema.safeParse({ ...card, links: [{ url: 'https://a.org' }] })).sort()).toEqual([
      'links.0.label',
      'links.0.type',
    ]);
    expect(
      paths(
        cdsCardSchema.safeParse({
          ...card,
          links: [{ label: 'l', url: 'https://a.org', type: 'smart', appContext: { a: 1 } }],
        }),
      ),
    ).toEqual(['links.0.appContext']);
  });

  it('systemActions are optional, and when sent are actions (requirement 75); extensions are JSON objects (requirement 214)', () => {
    expect(cdsServiceResponseSchema.safeParse({ cards: [] }).success).toBe(true);
    expect(
      paths(cdsServiceResponseSchema.safeParse({ cards: [], systemActions: [{ type: 'update', description: 'd' }] })),
    ).toEqual(['systemActions.0.resource']);
    expect(paths(cdsCardSchema.safeParse({ ...card, extension: 'x' }))).toEqual(['extension']);
    expect(
      cdsCardSchema.safeParse({ ...card, extension: { 'dev.meridian.engine': { name: 'deterministic' } } }).success,
    ).toBe(true);
  });
});
