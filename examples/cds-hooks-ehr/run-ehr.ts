/**
 * Plays an EHR against a Meridian server: registers itself (issuer + JWKS URL)
 * with a tenant admin key, serves its JWKS, calls patient-view and order-sign
 * for a Synthea patient with a JWT signed per call, prints the cards, and
 * sends feedback on the first card.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { readFixture } from '@meridian/fixtures';
import { Meridian, type CdsCard } from '@meridian/sdk';
import { generateEhrKey, signEhrJwt } from './ehr-keys.js';
import { prefetchFor } from './prefetch.js';

const SYNTHEA = 'synthea-smart-sample/Louis_Maggio_2e275d4b-855a-4eb2-9021-5410aa8acd4f.json';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/** Where the example runs. */
export interface EhrExampleOptions {
  baseUrl: string;
  /** An admin API key of the tenant (registers the EHR client). */
  apiKey: string;
  tenantId: string;
  log?: (line: string) => void;
}

/** What the example did, for its test. */
export interface EhrExampleResult {
  patientView: CdsCard[];
  orderSign: CdsCard[];
  feedback: { received: number };
}

const show = (card: CdsCard) =>
  `  [${card.indicator}] ${card.summary}${card.source.topic ? `  (${card.source.topic.code})` : ''}`;

export async function runEhrExample(options: EhrExampleOptions): Promise<EhrExampleResult> {
  const log = options.log ?? console.log;
  const key = await generateEhrKey();
  const jwks = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [key.publicJwk] })),
  );
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  try {
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
    const issuer = `https://ehr-example-${randomUUID().slice(0, 8)}.example.org`;
    const admin = new Meridian({ baseUrl: options.baseUrl, apiKey: options.apiKey });
    await admin.admin.ehrClients.create(options.tenantId, {
      issuer,
      name: 'Example EHR (examples/cds-hooks-ehr)',
      jwksUrl,
    });
    log(`Registered EHR ${issuer} with its JWKS at ${jwksUrl}`);

    const ehr = new Meridian({ baseUrl: options.baseUrl });
    const jwt = (audience: string) => signEhrJwt(key, issuer, audience);
    const { services } = await ehr.cdsHooks.discover();
    const template = (id: string, hook: string) => services.find((s) => s.id === id && s.hook === hook)?.prefetch ?? {};

    const bundle = readFixture<{ entry: Array<{ resource: { resourceType: string; id: string } }> }>(SYNTHEA);
    const patientId = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource.id;
    const context = { userId: 'Practitioner/example-clinician', patientId };
    const view = await ehr.cdsHooks.call(
      'meridian-patient-risk',
      {
        hook: 'patient-view',
        hookInstance: randomUUID(),
        context,
        prefetch: prefetchFor(template('meridian-patient-risk', 'patient-view'), context, bundle),
      },
      { jwt },
    );
    log(`patient-view: ${view.cards.length} card(s)`);
    view.cards.forEach((c) => log(show(c)));

    const draftOrders = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'MedicationRequest',
            id: 'draft-ibuprofen',
            status: 'draft',
            intent: 'order',
            subject: { reference: `Patient/${patientId}` },
            medicationCodeableConcept: {
              coding: [{ system: RXNORM, code: '197806', display: 'Ibuprofen 600 MG Oral Tablet' }],
            },
          },
        },
      ],
    };
    const signContext = { ...context, draftOrders };
    const sign = await ehr.cdsHooks.call(
      'meridian-order-sign-safety',
      {
        hook: 'order-sign',
        hookInstance: randomUUID(),
        context: signContext,
        prefetch: prefetchFor(template('meridian-order-sign-safety', 'order-sign'), context, bundle),
      },
      { jwt },
    );
    log(`order-sign: ${sign.cards.length} card(s)`);
    sign.cards.forEach((c) => log(show(c)));

    const first = sign.cards[0] ?? view.cards[0];
    if (!first?.uuid) throw new Error('no card to give feedback on');
    const feedback = await ehr.cdsHooks.feedback(
      first === sign.cards[0] ? 'meridian-order-sign-safety' : 'meridian-patient-risk',
      {
        feedback: [
          {
            card: first.uuid,
            outcome: 'overridden',
            ...(first.overrideReasons
              ? { overrideReason: { reason: first.overrideReasons[0]!, userComment: 'Reviewed with the patient.' } }
              : {}),
            outcomeTimestamp: new Date().toISOString(),
          },
        ],
      },
      { jwt },
    );
    log(`feedback: ${feedback.received} entry stored (overridden: ${first.summary})`);
    return { patientView: view.cards, orderSign: sign.cards, feedback };
  } finally {
    jwks.closeAllConnections();
    jwks.close();
  }
}
