import { describe, expect, it } from 'vitest';
import { describePostgresUrl } from './describe-database.js';

describe('describePostgresUrl', () => {
  it('names host, port and database, never the user or password', () => {
    const text = describePostgresUrl('postgres://meridian:s3cret-pw@db.example.org/clinical?sslmode=require');
    expect(text).toBe('Postgres db.example.org:5432/clinical');
    expect(text).not.toMatch(/s3cret|meridian:/);
    expect(describePostgresUrl('postgresql://u@10.0.0.5:6543/test')).toBe('Postgres 10.0.0.5:6543/test');
  });

  it('reads a socket host and says so when the URL cannot be read', () => {
    expect(describePostgresUrl('postgres:///meridian?host=/var/run/postgresql')).toBe(
      'Postgres /var/run/postgresql:5432/meridian',
    );
    expect(describePostgresUrl('not a url with password=x')).toBe('Postgres (DATABASE_URL)');
  });
});
