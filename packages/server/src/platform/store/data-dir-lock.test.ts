import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertDataDirFree, DATA_DIR_LOCK_FILE, DataDirLockedError, lockDataDir } from './data-dir-lock.js';

/** The PID of a process that has already exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout);
}

describe('the data folder lock', () => {
  let dir: string;
  let file: string;
  const writeLock = (pid: number | string, holder = 'server') =>
    writeFileSync(file, JSON.stringify({ pid: Number(pid), holder, since: '2026-01-01T00:00:00.000Z' }));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meridian-lock-'));
    file = join(dir, DATA_DIR_LOCK_FILE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes this process’s PID and holder into the folder, and removes it on release', () => {
    const lock = lockDataDir(dir, 'cli');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'cli' });
    lock.release();
    expect(existsSync(file)).toBe(false);
    lock.release(); // idempotent
  });

  it('refuses a folder a running process holds, naming the process, and leaves its lock alone', () => {
    writeLock(process.ppid);
    expect(() => assertDataDirFree(dir)).toThrow(DataDirLockedError);
    let error: unknown;
    try {
      lockDataDir(dir, 'cli');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).owner).toMatchObject({ pid: process.ppid, holder: 'server' });
    expect((error as Error).message).toContain(`in use by a running Meridian server (PID ${process.ppid}`);
    expect((error as Error).message).toContain(dir);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over the stale lock of a process that died', () => {
    writeLock(deadPid());
    expect(() => assertDataDirFree(dir)).not.toThrow();
    const lock = lockDataDir(dir, 'server');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'server' });
    lock.release();
  });

  it('takes over a lock naming this very process (a restart as the same PID) and an unreadable one', () => {
    writeLock(process.pid);
    lockDataDir(dir, 'server').release();
    writeFileSync(file, '{"pid": ');
    lockDataDir(dir, 'server').release();
    expect(existsSync(file)).toBe(false);
  });

  it('does not remove a lock that another process took over since', () => {
    const lock = lockDataDir(dir, 'cli');
    writeLock(process.ppid);
    lock.release();
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.ppid);
  });
});
