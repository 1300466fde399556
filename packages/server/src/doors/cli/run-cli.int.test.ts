import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../http/app.js';
import type { Db } from '../../platform/store/db.js';
import { openPgliteDb } from '../../platform/store/pglite-db.js';
import { DB_KINDS, createTestDb, type TestDb } from '../../testing/test-databases.js';
import { runCli } from './run-cli.js';

const JWKS = { keys: [{ kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'k1' }] };

describe.each(DB_KINDS)('the meridian CLI on $kind', ({ kind, skip }) => {
  let t: TestDb;
  // The CLI closes what it opens; the suite keeps its database open.
  const cli = (...argv: string[]) => runCli(argv, async () => ({ ...t.db, close: async () => undefined }) as Db);
  beforeAll(async () => {
    if (!skip) t = await createTestDb(kind);
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)('creates a tenant and its first key, which the server accepts; revoked, it is refused', async () => {
    expect((await cli('tenant', 'create', 'st-marys', '--name', "St Mary's")).code).toBe(0);
    const created = await cli('key', 'create', '--tenant', 'st-marys', '--name', 'First admin', '--role', 'admin');
    expect(created.code).toBe(0);
    const { id, secret } = JSON.parse(created.stdout);
    const app = createApp({ db: t.db });
    const auth = { Authorization: `Bearer ${secret}` };
    expect((await request(app).get('/audit/verify').set(auth)).body).toMatchObject({ valid: true });
    expect(JSON.parse((await cli('key', 'list', '--tenant', 'st-marys')).stdout)).toMatchObject([
      { id, status: 'active' },
    ]);
    expect((await cli('key', 'revoke', '--tenant', 'st-marys', id)).code).toBe(0);
    expect((await request(app).get('/audit/verify').set(auth)).status).toBe(401);
  });

  it.skipIf(skip)('issues keys that expire', async () => {
    const soon = new Date(Date.now() + 1500).toISOString();
    const { secret } = JSON.parse(
      (await cli('key', 'create', '--tenant', 'st-marys', '--name', 'Temp', '--role', 'auditor', '--expires', soon))
        .stdout,
    );
    const app = createApp({ db: t.db });
    expect((await request(app).get('/audit/verify').set('Authorization', `Bearer ${secret}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    const res = await request(app).get('/audit/verify').set('Authorization', `Bearer ${secret}`);
    expect(res.status).toBe(401);
    expect(res.body.issue[0].details.text).toMatch(/expired/);
  });

  it.skipIf(skip)('registers and revokes an EHR client from a JWKS file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meridian-cli-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify(JWKS));
    const made = await cli(
      'ehr-client',
      'create',
      '--tenant',
      'st-marys',
      '--issuer',
      'https://ehr.example',
      '--name',
      'EHR',
      '--jwks-file',
      join(dir, 'jwks.json'),
      '--service',
      'meridian-patient-risk',
    );
    expect(made.code).toBe(0);
    const client = JSON.parse(made.stdout);
    expect(client).toMatchObject({ jwks: JWKS, allowedServices: ['meridian-patient-risk'] });
    expect(
      JSON.parse((await cli('ehr-client', 'revoke', '--tenant', 'st-marys', client.id)).stdout).revokedAt,
    ).not.toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)('maps an HL7 v2 sender to a tenant, and refuses the same sender for another tenant', async () => {
    const made = await cli(
      'hl7-sender',
      'create',
      '--tenant',
      'st-marys',
      '--application',
      'LAB',
      '--facility',
      'MAIN',
      '--name',
      'Lab feed',
    );
    expect(made.code).toBe(0);
    const sender = JSON.parse(made.stdout);
    expect(sender).toMatchObject({ tenantId: 'st-marys', sendingApplication: 'LAB', sendingFacility: 'MAIN' });
    await cli('tenant', 'create', 'other-hosp', '--name', 'Other');
    const taken = await cli(
      'hl7-sender',
      'create',
      '--tenant',
      'other-hosp',
      '--application',
      'LAB',
      '--facility',
      'MAIN',
      '--name',
      'x',
    );
    expect(taken).toMatchObject({ code: 1 });
    expect(taken.stderr).toMatch(/conflict/);
    expect(JSON.parse((await cli('hl7-sender', 'list', '--tenant', 'st-marys')).stdout)).toHaveLength(1);
    expect(
      JSON.parse((await cli('hl7-sender', 'revoke', '--tenant', 'st-marys', sender.id)).stdout).revokedAt,
    ).not.toBeNull();
  });

  it.skipIf(skip)('refuses bad input with status 1 or 2 and a reason, changing nothing', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM api_key')).rows[0];
    const cases: [string[], number, RegExp][] = [
      [['key', 'create', '--tenant', 'nowhere', '--name', 'x', '--role', 'admin'], 1, /resource-not-found/],
      [['key', 'create', '--tenant', 'st-marys', '--name', 'x', '--role', 'root'], 1, /validation-failed.*role/],
      [
        [
          'key',
          'create',
          '--tenant',
          'st-marys',
          '--name',
          'x',
          '--role',
          'admin',
          '--expires',
          '2001-01-01T00:00:00Z',
        ],
        1,
        /future/,
      ],
      [['key', 'create', '--tenant', 'st-marys', '--role', 'admin'], 2, /missing --name/],
      [['tenant', 'create', 'Bad Id', '--name', 'x'], 1, /validation-failed/],
      [['tenant', 'create', 'st-marys', '--name', 'again'], 1, /conflict/],
      [['frobnicate'], 2, /unknown command/],
      [['key', 'create', '--bogus'], 2, /Unknown option/],
    ];
    for (const [argv, code, message] of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.stderr).toMatch(message);
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM api_key')).rows[0]).toEqual(before);
  });

  it.skipIf(skip)('records every act in the audit trail under the system principal "cli"', async () => {
    const { rows } = await t.db.query<{ tenant_id: string; op: string; outcome: string }>(
      `SELECT tenant_id, resource->'subtype'->1->>'code' AS op, outcome FROM audit_event WHERE agent_id = 'system:cli' ORDER BY tenant_id, seq`,
    );
    expect(rows.filter((r) => r.tenant_id === 'st-marys' && r.outcome === '0').map((r) => r.op)).toEqual(
      expect.arrayContaining([
        'admin-api-key-create',
        'admin-api-key-list',
        'admin-api-key-revoke',
        'admin-ehr-client-create',
        'admin-ehr-client-revoke',
      ]),
    );
    expect(rows.some((r) => r.tenant_id === 'platform' && r.op === 'admin-tenant-create')).toBe(true);
  });
});

describe('the built meridian binary', () => {
  const bin = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'meridian-cli-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  beforeAll(() => {
    if (!existsSync(bin))
      console.warn(`[meridian tests] ${bin} not built: run npm test (which builds) to include this test`);
  });

  it.skipIf(!existsSync(bin))(
    'creates the first key of an embedded deployment, which the server then accepts',
    async () => {
      const run = (...argv: string[]) =>
        execFileSync(process.execPath, [bin, ...argv, '--data-dir', dataDir], {
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: '' },
        });
      run('tenant', 'create', 'first', '--name', 'First Hospital');
      const { secret } = JSON.parse(run('key', 'create', '--tenant', 'first', '--name', 'Admin', '--role', 'admin'));
      const db = await openPgliteDb({ dataDir });
      try {
        const res = await request(createApp({ db })).get('/fhir/AuditEvent').set('Authorization', `Bearer ${secret}`);
        expect(res.status).toBe(200);
        expect(res.body.entry[0].resource.agent[0].who.identifier.value).toBe('system:cli');
      } finally {
        await db.close();
      }
    },
  );
});
