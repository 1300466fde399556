/**
 * bench/cds-hooks/jwt-verify: CPU per EHR JWT, Meridian's verification
 * (`verifyEhrJwt`: jose over WebCrypto, with the claim checks) against
 * node:crypto's synchronous ES384 `verify` of the signature alone on a cached
 * KeyObject (the alternative considered), alternating, medians of rounds.
 *
 *   TSX_TSCONFIG_PATH=tsconfig.check.json node --import tsx bench/cds-hooks/jwt-verify.ts   (ROUNDS=5 TOKENS=1000)
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { EhrClient } from '@meridian/sdk';
import { generateEhrKey, signEhrJwt } from '../../examples/cds-hooks-ehr/ehr-keys.js';
import { createKeySets } from '../../packages/server/src/use-cases/cds-hooks/auth/key-sets.js';
import { verifyEhrJwt } from '../../packages/server/src/use-cases/cds-hooks/auth/verify-ehr-jwt.js';
import { fmt, median } from '../stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOKENS = Number(process.env.TOKENS ?? 1000);
const ISSUER = 'https://bench-ehr.example.org';
const AUDIENCE = 'http://bench.local/cds-services/meridian-patient-risk';
const key = await generateEhrKey();
const client: EhrClient = {
  id: 'ehr-bench',
  tenantId: 'bench',
  issuer: ISSUER,
  name: 'bench',
  jwksUrl: null,
  jwks: { keys: [key.publicJwk as { kty: string }] },
  jkuAllow: [],
  allowedServices: [],
  fhirServers: [],
  createdAt: new Date().toISOString(),
  revokedAt: null,
};
const deps = { findClient: async () => client, keySets: createKeySets() };
const keyObject = createPublicKey({ key: key.publicJwk as JsonWebKey, format: 'jwk' });

const cpuMsPerToken = async (work: (token: string) => unknown) => {
  const tokens = await Promise.all(Array.from({ length: TOKENS }, () => signEhrJwt(key, ISSUER, AUDIENCE)));
  const start = process.cpuUsage();
  for (const token of tokens) await work(token);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / TOKENS;
};
const jose = (token: string) => verifyEhrJwt(token, [AUDIENCE], deps);
const sync = (token: string) => {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  if (
    !verify(
      'sha384',
      Buffer.from(`${header}.${payload}`),
      { key: keyObject, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature, 'base64url'),
    )
  )
    throw new Error('bad signature');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
};

await cpuMsPerToken(jose);
await cpuMsPerToken(sync);
const joseMs: number[] = [];
const syncMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  joseMs.push(await cpuMsPerToken(jose));
  syncMs.push(await cpuMsPerToken(sync));
}
console.log(`jwt-verify: ES384, ${TOKENS} tokens x ${ROUNDS} rounds, CPU ms per token (median)`);
console.log('| verification | CPU ms per token | vs verifyEhrJwt |');
console.log('|---|---|---|');
console.log(`| verifyEhrJwt (jose, WebCrypto, claims checked; baseline) | ${fmt(median(joseMs), 3)} | 1.00 |`);
console.log(
  `| node:crypto verify, signature only | ${fmt(median(syncMs), 3)} | ${fmt(median(syncMs) / median(joseMs), 2)} |`,
);
