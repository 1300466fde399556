import { describe, expect, it } from 'vitest';
import { HookEvents, type HookEvent } from './hook-events.js';

const event: HookEvent = {
  tenantId: 't',
  serviceId: 'meridian-patient-risk',
  hook: 'patient-view',
  hookInstance: 'h',
  patient: 'Patient/1',
  user: 'Practitioner/1',
  cards: [],
  at: '2026-01-01T00:00:00Z',
};

describe('HookEvents', () => {
  it('delivers each event after the emitter returns, to every subscriber until it unsubscribes', async () => {
    const events = new HookEvents();
    const seen: string[] = [];
    const stop = events.subscribe((e) => void seen.push(`a:${e.hookInstance}`));
    events.subscribe((e) => void seen.push(`b:${e.hookInstance}`));
    events.emit(event);
    expect(seen).toEqual([]); // not on the request path
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['a:h', 'b:h']);
    stop();
    events.emit({ ...event, hookInstance: 'h2' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['a:h', 'b:h', 'b:h2']);
  });

  it('reports a failing listener without throwing into the emitter or starving the others', async () => {
    const failures: unknown[] = [];
    const events = new HookEvents((error) => failures.push(error));
    const seen: string[] = [];
    events.subscribe(() => {
      throw new Error('sync');
    });
    events.subscribe(async () => {
      throw new Error('async');
    });
    events.subscribe((e) => void seen.push(e.hookInstance));
    events.emit(event);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['h']);
    expect(failures.map((f) => (f as Error).message).sort()).toEqual(['async', 'sync']);
  });
});
