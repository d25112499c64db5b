import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** One request of a load run, chosen afresh for every request a connection sends. */
export interface NextRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

function summarize(name: string, connections: number, result: autocannon.Result): LoadResult {
  return {
    name,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Runs autocannon against one URL and returns the figures the benchmarks print. */
export async function measure(
  name: string,
  url: string,
  options: LoadOptions & { headers?: Record<string, string> },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
  });
  return summarize(name, options.connections, result);
}

/**
 * Runs autocannon against `baseUrl` with a request built by `next()` for every send, so the load
 * spreads over many users, items and wishes the way real traffic does.
 */
export async function measureRequests(
  name: string,
  baseUrl: string,
  next: () => NextRequest,
  options: LoadOptions,
): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        setupRequest: (req) => {
          const r = next();
          return {
            ...req,
            method: r.method,
            path: r.path,
            headers: {
              ...req.headers,
              ...r.headers,
              ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: r.body === undefined ? undefined : JSON.stringify(r.body),
          };
        },
      },
    ],
  });
  return summarize(name, options.connections, result);
}
