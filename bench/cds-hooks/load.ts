/**
 * Load generation for bench/cds-hooks with autocannon: fixed arrival rates
 * (enough connections that the rate, not the responses, paces the requests:
 * open loop while latency stays under connections / rate) and a peak run at a
 * fixed concurrency. Every request carries its own pre-signed JWT.
 */
import autocannon from 'autocannon';

/** What one run measured. */
export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

/** Runs one load phase against `url` with `body`; `token()` gives each request's JWT (or none). */
export async function runLoad(options: {
  url: string;
  body: string;
  seconds: number;
  connections: number;
  rate?: number;
  token?: () => string;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: options.url,
      method: 'POST',
      connections: options.connections,
      duration: options.seconds,
      ...(options.rate ? { overallRate: options.rate } : {}),
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          method: 'POST',
          body: options.body,
          setupRequest: (req) =>
            options.token ? { ...req, headers: { ...req.headers, authorization: `Bearer ${options.token()}` } } : req,
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
