/**
 * bench/cds-hooks/breakdown: where one patient-view call spends its time, step
 * by step, in process and one call at a time (no HTTP): JSON parse, JWT
 * verification, the service (prefetch, context, calculators,
 * cards, schema check), the audited transaction (the jti, the issued cards, the
 * chained AuditEvent: one commit), the response JSON. CPU is
 * process.cpuUsage (it includes WebCrypto's thread pool); wall is elapsed time.
 *
 *   TSX_TSCONFIG_PATH=tsconfig.check.json node --import tsx bench/cds-hooks/breakdown.ts   (DB=pglite to change)
 */
import { PATIENT_BUNDLES, readFixture } from '../../fixtures/locate.js';
import { patientRiskService } from '../../packages/server/src/use-cases/cds-hooks/services/patient-risk.js';
import {
  patientIdOf,
  prefetchFromBundle,
} from '../../packages/server/src/use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { createTestEhr } from '../../packages/server/src/use-cases/cds-hooks/testing/test-ehr.js';
import { callCdsService } from '../../packages/server/src/use-cases/cds-hooks/call-service.js';
import { verifyEhrJwt } from '../../packages/server/src/use-cases/cds-hooks/auth/verify-ehr-jwt.js';
import { recordJwtId } from '../../packages/server/src/use-cases/cds-hooks/auth/jti-store.js';
import { recordIssuedCards } from '../../packages/server/src/use-cases/cds-hooks/issued-cards.js';
import { cdsCallAuditRecord } from '../../packages/server/src/use-cases/cds-hooks/audit-record.js';
import { createServices } from '../../packages/server/src/use-cases/services.js';
import { ensureTenant } from '../../packages/server/src/platform/tenancy/tenants.js';
import { actorFor } from '../../packages/server/src/platform/tenancy/actor.js';
import { createTestDb } from '../../packages/server/src/testing/test-databases.js';

const t = await createTestDb((process.env.DB as 'postgres') ?? 'postgres');
await ensureTenant(t.db, { id: 'clinic-a', name: 'A' });
const ehr = await createTestEhr(t.db, 'clinic-a');
const services = createServices({ db: t.db });
const bundle = readFixture(PATIENT_BUNDLES[1]);
const context = { userId: 'Practitioner/1', patientId: patientIdOf(bundle) };
const bodyText = JSON.stringify({
  hook: 'patient-view',
  hookInstance: crypto.randomUUID(),
  context,
  prefetch: prefetchFromBundle(bundle, patientRiskService.prefetch, context),
});
const aud = 'https://x/cds-services/meridian-patient-risk';
const N = 300;
const tokens = await Promise.all(Array.from({ length: N + 20 }, () => ehr.sign(aud)));
const acc: Record<string, number> = {};
const cpu = async <T>(label: string, f: () => Promise<T> | T): Promise<T> => {
  const c = process.cpuUsage();
  const w = performance.now();
  const r = await f();
  const d = process.cpuUsage(c);
  acc[label] = (acc[label] ?? 0) + (d.user + d.system) / 1000;
  acc[label + ' wall'] = (acc[label + ' wall'] ?? 0) + performance.now() - w;
  return r;
};
for (let i = 0; i < N + 20; i++) {
  if (i === 20) for (const k of Object.keys(acc)) acc[k] = 0;
  const body = await cpu('json.parse', () => JSON.parse(bodyText));
  const { client } = await cpu('verify (no jti)', () =>
    verifyEhrJwt(tokens[i]!, [aud], {
      findClient: (iss) => services.cdsHooks.findClient(iss),
      keySets: services.cdsHooks.keySets,
      recordJwtId: async () => true,
    }),
  );
  const result = await cpu('callCdsService', () =>
    callCdsService({
      service: patientRiskService,
      body,
      tenantId: 'clinic-a',
      startedAt: Date.now(),
      budgetMs: 5000,
      riskCache: services.riskCache,
      analyses: services.cdsHooks.analyses,
      fhirServers: [],
    }),
  );
  const actor = actorFor(
    {
      kind: 'ehr-client',
      tenantId: 'clinic-a',
      clientId: client.id,
      issuer: client.issuer,
      name: 'x',
      role: 'integration',
      verified: true,
    },
    'r',
    { onBehalfOf: result.user },
  );
  await cpu('audit tx (jti, cards, AuditEvent)', () =>
    services.audit.record(
      actor,
      async (tx) =>
        (await recordJwtId(tx, client.issuer, crypto.randomUUID(), new Date(Date.now() + 60000))) &&
        recordIssuedCards(tx, 'clinic-a', {
          serviceId: 's',
          hookInstance: result.hookInstance,
          patient: result.patient,
          cards: result.cards,
          at: new Date(),
        }),
      () =>
        cdsCallAuditRecord({
          serviceId: 's',
          hook: result.hook,
          hookInstance: result.hookInstance,
          patient: result.patient,
          cards: result.cards,
          cut: [],
          fetched: [],
          budgetMs: 500,
          elapsedMs: 1,
          verified: true,
        }),
    ),
  );
  await cpu('json.stringify', () => JSON.stringify(result.response));
}
console.log(`breakdown on ${t.db.kind}, ${N} calls, mean per call`);
console.log('| step | CPU ms | wall ms |');
console.log('|---|---|---|');
for (const k of Object.keys(acc).filter((k) => !k.endsWith(' wall')))
  console.log(`| ${k} | ${(acc[k]! / N).toFixed(2)} | ${(acc[`${k} wall`]! / N).toFixed(2)} |`);
await ehr.close();
await t.dispose();
