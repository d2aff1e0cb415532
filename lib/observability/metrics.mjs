// @ts-check
/*
 * The process's metrics, served by GET /api/metrics in Prometheus' text format (version 0.0.4).
 * A few counters and histograms of our own rather than a client library: the same registry must
 * be reached from the cache handlers (loaded outside Next's bundles), from instrumentation.ts and
 * from the route handlers (each bundle has its own copy of this module), so it lives on
 * globalThis; and the hot path only adds to numbers in a Map.
 */

/**
 * @typedef {Record<string, string>} Labels
 * @typedef {{ name: string, help: string, type: 'counter' | 'gauge', values: Map<string, number> }} Series
 * @typedef {{ name: string, help: string, type: 'histogram', buckets: number[], values: Map<string, { counts: number[], sum: number, count: number }> }} Histogram
 * @typedef {{ name: string, help: string, type: 'gauge' | 'counter', samples: [Labels, number][] }} Collected
 */

const KEY = Symbol.for('jarida.metrics');
const shared = /** @type {{ [KEY]?: { metrics: Map<string, Series | Histogram>, collectors: Map<string, () => Collected[]> } }} */ (
  /** @type {unknown} */ (globalThis)
);
const registry = (shared[KEY] ??= { metrics: new Map(), collectors: new Map() });

/** @param {Labels} labels */
function labelKey(labels) {
  return Object.entries(labels)
    .map(([name, value]) => `${name}="${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

/**
 * A counter; the same name from another bundle's copy of this module is the same counter.
 * @param {string} name
 * @param {string} help
 */
export function counter(name, help) {
  const series = /** @type {Series} */ (registry.metrics.get(name) ?? { name, help, type: 'counter', values: new Map() });
  registry.metrics.set(name, series);
  return {
    /** @param {Labels} [labels] @param {number} [by] */
    inc(labels = {}, by = 1) {
      const key = labelKey(labels);
      series.values.set(key, (series.values.get(key) ?? 0) + by);
    },
    /** A handle for one set of labels, for the hot path (no key to build per call). @param {Labels} labels */
    with(labels) {
      const key = labelKey(labels);
      return {
        inc(by = 1) {
          series.values.set(key, (series.values.get(key) ?? 0) + by);
        },
      };
    },
  };
}

/**
 * @param {string} name
 * @param {string} help
 * @param {number[]} buckets upper bounds, ascending
 */
export function histogram(name, help, buckets) {
  const series = /** @type {Histogram} */ (registry.metrics.get(name) ?? { name, help, type: 'histogram', buckets, values: new Map() });
  registry.metrics.set(name, series);
  return {
    /** @param {Labels} labels @param {number} value */
    observe(labels, value) {
      const key = labelKey(labels);
      let entry = series.values.get(key);
      if (!entry) series.values.set(key, (entry = { counts: series.buckets.map(() => 0), sum: 0, count: 0 }));
      const { counts } = entry;
      series.buckets.forEach((bound, index) => {
        if (value <= bound) counts[index] = (counts[index] ?? 0) + 1;
      });
      entry.sum += value;
      entry.count++;
    },
  };
}

/**
 * Values read when scraped (pool use, ratios). Registering under the same name replaces.
 * @param {string} name
 * @param {() => Collected[]} collect
 */
export function collector(name, collect) {
  registry.collectors.set(name, collect);
}

/** @param {number} value */
function number(value) {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** @param {string} name @param {string} key @param {number} value */
function sample(name, key, value) {
  return `${name}${key ? `{${key}}` : ''} ${number(value)}\n`;
}

/** Every metric in Prometheus' text exposition format. */
export function renderMetrics() {
  let out = '';
  const help = (/** @type {string} */ name, /** @type {string} */ text, /** @type {string} */ type) =>
    `# HELP ${name} ${text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n# TYPE ${name} ${type}\n`;
  for (const series of registry.metrics.values()) {
    out += help(series.name, series.help, series.type);
    if (series.type === 'histogram') {
      for (const [key, entry] of series.values) {
        const prefix = key ? `${key},` : '';
        const { buckets } = /** @type {Histogram} */ (series);
        for (let index = 0; index < buckets.length; index++) {
          out += sample(`${series.name}_bucket`, `${prefix}le="${number(buckets[index] ?? 0)}"`, entry.counts[index] ?? 0);
        }
        out += sample(`${series.name}_bucket`, `${prefix}le="+Inf"`, entry.count);
        out += sample(`${series.name}_sum`, key, entry.sum);
        out += sample(`${series.name}_count`, key, entry.count);
      }
    } else {
      for (const [key, value] of series.values) out += sample(series.name, key, value);
    }
  }
  for (const collect of registry.collectors.values()) {
    for (const metric of collect()) {
      out += help(metric.name, metric.help, metric.type);
      for (const [labels, value] of metric.samples) out += sample(metric.name, labelKey(labels), value);
    }
  }
  return out;
}

/** Forgets every value (tests); collectors stay. */
export function resetMetrics() {
  for (const series of registry.metrics.values()) series.values.clear();
}

// The metrics the cache handlers and the request observer share, defined once here.
export const cacheLookups = counter('jarida_cache_lookups_total', 'Page and data cache reads, by cache and result (hit or miss).');
export const renders = counter('jarida_renders_total', 'Pages (kind page) and route responses (kind route) rendered into the page cache: first renders and revalidations.');

collector('cache-ratio', () => {
  const lookups = /** @type {Series | undefined} */ (registry.metrics.get('jarida_cache_lookups_total'));
  /** @type {[Labels, number][]} */
  const samples = [];
  for (const cache of ['page', 'data']) {
    const hits = lookups?.values.get(labelKey({ cache, result: 'hit' })) ?? 0;
    const misses = lookups?.values.get(labelKey({ cache, result: 'miss' })) ?? 0;
    if (hits + misses > 0) samples.push([{ cache }, hits / (hits + misses)]);
  }
  return [{ name: 'jarida_cache_hit_ratio', help: 'Hits over reads of each cache since the process started.', type: 'gauge', samples }];
});
