import { describe, expect, it } from 'vitest';
import { sqlOperation } from './db-spans.js';

describe('sqlOperation', () => {
  it('names a statement by its verb, and a CTE by its main verb', () => {
    expect(sqlOperation('  select 1')).toBe('SELECT');
    expect(sqlOperation('UPDATE t SET a = 1')).toBe('UPDATE');
    expect(
      sqlOperation(`WITH head AS (INSERT INTO h VALUES (encode(sha256(x), 'hex')) ON CONFLICT (id) DO UPDATE SET a = 1 RETURNING a)
      INSERT INTO e (a, b) SELECT 1, head.a FROM head`),
    ).toBe('INSERT');
    expect(sqlOperation('WITH x AS (SELECT 1) SELECT * FROM x')).toBe('SELECT');
    expect(sqlOperation('')).toBe('SQL');
  });
});
