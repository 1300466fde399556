import { describe, expect, it } from 'vitest';
import { isWasmCrash, mayBeBroken } from './pglite-crash.js';

describe('telling a crashed PGlite from an ordinary SQL error', () => {
  it('treats a WASM trap or a stack overflow as a crash, and nothing else', () => {
    expect(isWasmCrash(new WebAssembly.RuntimeError('memory access out of bounds'))).toBe(true);
    expect(isWasmCrash(new WebAssembly.RuntimeError('unreachable'))).toBe(true);
    expect(isWasmCrash(new RangeError('Maximum call stack size exceeded'))).toBe(true);
    expect(isWasmCrash(new RangeError('Invalid array length'))).toBe(false);
    expect(isWasmCrash(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isWasmCrash(undefined)).toBe(false);
  });

  it('probes only after an internal error or an aborted transaction', () => {
    expect(mayBeBroken({ code: 'XX000', message: 'cannot drop active portal ""' })).toBe(true);
    expect(mayBeBroken({ code: '25P02' })).toBe(true);
    expect(mayBeBroken({ code: '23505' })).toBe(false);
    expect(mayBeBroken({ code: '22P05' })).toBe(false);
    expect(mayBeBroken(new Error('an OutcomeError of the caller'))).toBe(false);
    expect(mayBeBroken(null)).toBe(false);
  });
});
