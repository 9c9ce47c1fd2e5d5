import autocannon from 'autocannon';

// Helpers shared by the benchmarks: a table printer and a bounded timing loop.
export const rows = [];

/** Records one figure beside its baseline measured in the same run. */
export function record(name, unit, harbor, baseline, higherIsBetter = true) {
  const ratio = baseline === 0 ? Number.NaN : harbor / baseline;
  rows.push({ name, unit, harbor, baseline, ratio, higherIsBetter });
}

const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

export function printTable() {
  const header = ['benchmark', 'unit', 'harbor', 'baseline', 'ratio'];
  const lines = rows.map((r) => [r.name, r.unit, fmt(r.harbor), fmt(r.baseline), `${r.ratio.toFixed(2)}x`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const l of lines) process.stdout.write(`${line(l)}\n`);
  process.stdout.write('\nratio = harbor / baseline (higher is better for ops/s and req/s, lower for latency)\n');
}

/** Runs `fn` up to `count` times or until `maxMs` passes; returns operations per second. */
export async function opsPerSecond(fn, { count, maxMs }) {
  const start = performance.now();
  let done = 0;
  while (done < count && performance.now() - start < maxMs) {
    await fn(done);
    done++;
  }
  return done / ((performance.now() - start) / 1000);
}

/** Measures two contenders alternately (A, B, A, B) so drift in the machine affects both alike; returns mean ops/s. */
export async function alternate(harborFn, baselineFn, options, rounds = 2) {
  const harbor = [];
  const baseline = [];
  for (let i = 0; i < rounds; i++) {
    baseline.push(await opsPerSecond(baselineFn, options));
    harbor.push(await opsPerSecond(harborFn, options));
  }
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  return { harbor: mean(harbor), baseline: mean(baseline) };
}

/** The `fraction` quantile of `values` (sorted in place). */
function quantile(values, fraction) {
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.ceil(fraction * values.length) - 1)] ?? Number.NaN;
}

/**
 * One autocannon run; resolves with its result and `p99`, the 99th percentile of the responses' latencies in
 * milliseconds from their own timings (autocannon's histogram keeps whole milliseconds, too coarse below 10 ms).
 */
function load(options) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon({ connections: 10, ...options }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx > 0 || result.errors > 0)
        reject(new Error(`${result.non2xx} non-2xx, ${result.errors} errors`));
      else resolve({ ...result, p99: quantile(latencies, 0.99) });
    });
    instance.on('response', (_client, _statusCode, _bytes, milliseconds) => latencies.push(milliseconds));
  });
}

/**
 * HTTP load on Harbor and on its baseline (autocannon options: url, or an array of urls to spread the connections
 * over, headers, requests), both warmed up, then measured alternately for `seconds` each, twice, with `connections`
 * concurrent connections (10 unless given); records mean req/s and p99 latency side by side.
 */
export async function compareLoad(name, harbor, baseline, seconds, { connections = 10 } = {}) {
  await load({ ...baseline, connections, duration: 1 });
  await load({ ...harbor, connections, duration: 1 });
  const results = { harbor: [], baseline: [] };
  for (let round = 0; round < 2; round++) {
    results.baseline.push(await load({ ...baseline, connections, duration: seconds }));
    results.harbor.push(await load({ ...harbor, connections, duration: seconds }));
  }
  const mean = (list, pick) => list.reduce((sum, r) => sum + pick(r), 0) / list.length;
  const of = (pick) => [mean(results.harbor, pick), mean(results.baseline, pick)];
  record(name, 'req/s', ...of((r) => r.requests.average));
  record(name, 'p99 ms', ...of((r) => r.p99), false);
}
