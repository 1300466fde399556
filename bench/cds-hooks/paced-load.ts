/**
 * An open-loop load at a fixed arrival rate with the arrivals evenly spaced
 * (request i is due at start + i / rate), for bench/cds-hooks. autocannon's
 * rate option gives each connection a per-second allowance that resets every
 * second, so all of a second's requests leave together at its start: a burst
 * of `rate` calls, not a rate. Here each request leaves when it is due, on a
 * keep-alive connection pool, and its latency counts from when it was due
 * (so a client or server that falls behind is charged for the wait:
 * no coordinated omission).
 */
import { Agent, request } from 'node:http';
import type { LoadResult } from './load.js';

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

/** Sends `rate` POSTs a second for `seconds`, evenly spaced; `token()` gives each its JWT. */
export async function runPacedLoad(options: {
  url: string;
  body: string;
  seconds: number;
  rate: number;
  token?: () => string;
}): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1_024 });
  const body = Buffer.from(options.body);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let settled = 0;
  let sent = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const settle = () => ++settled === total && resolve();
    const send = (due: number) => {
      const headers: Record<string, string | number> = {
        'content-type': 'application/json',
        'content-length': body.length,
      };
      if (options.token) headers.authorization = `Bearer ${options.token()}`;
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode! < 200 || res.statusCode! >= 300) non2xx += 1;
            settle();
          });
        },
      );
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => ((errors += 1), settle()));
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) send(start + sent++ * interval);
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const elapsed = (performance.now() - start) / 1000;
  return {
    requests: latencies.length,
    perSecond: latencies.length / Math.max(options.seconds, elapsed),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    non2xx,
  };
}
