import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@meridian/fixtures';
import { safetyCheckResponseSchema } from '@meridian/sdk';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

interface Item {
  id: string;
  split: 'tune' | 'held-out';
  text?: string;
}
/** The tune halves of the guardrail's two sets (fixtures/safety): the held-out halves are for bench/guardrail only. */
const tune = (file: string) =>
  readFixture<Item[]>(file).filter((i): i is Item & { text: string } => i.split === 'tune' && i.text !== undefined);
const ADVERSARIAL = tune('safety/adversarial.json');
const BENIGN = tune('safety/benign.json');
/** The phrasings the issue named. */
const ISSUE = [
  'give amoxicillin 500 mg PO TID',
  'amox 500 q8',
  'start norad at 0.05',
  'gent 7 per kg',
  "omit tonight's warfarin",
  'cut the furosemide in half',
];

describe.each(DB_KINDS)('POST /safety/check against the guardrail sets on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-safety-sets');
  });
  afterAll(async () => t?.dispose());
  const check = async (text: string) => {
    const res = await request(t.app)
      .post('/safety/check')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .send({ text });
    expect(res.status).toBe(200);
    return safetyCheckResponseSchema.parse(res.body);
  };

  it.skipIf(skip)('removes every phrasing the issue found leaking, and every tuned adversarial phrasing', async () => {
    const survivors: string[] = [];
    for (const text of [...ISSUE, ...ADVERSARIAL.map((i) => i.text)]) {
      const body = await check(text);
      if (body.removed.length === 0) survivors.push(text);
      else expect(body.removed.every((r) => r.rule !== undefined)).toBe(true);
    }
    expect(survivors).toEqual([]);
  });

  it.skipIf(skip)('leaves the tuned benign sentences as they were', async () => {
    const altered: string[] = [];
    for (const { text } of BENIGN) {
      const body = await check(text);
      if (body.removed.length > 0 || body.text !== text) altered.push(text);
    }
    expect(altered).toEqual([]);
  });
});
