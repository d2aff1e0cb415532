/*
 * Page views are added up in memory and written in one statement every few seconds, so a busy
 * article costs one row update per flush instead of one per reader.
 */

export interface ViewCount {
  articleId: number;
  /** Start of the UTC hour the views fall in. */
  bucket: Date;
  views: number;
}

const HOUR_MS = 3_600_000;

export function hourBucket(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

export class ViewBuffer {
  private counts = new Map<string, ViewCount>();

  /** Past this many distinct (article, hour) pairs, new pairs are dropped until the next flush. */
  constructor(private readonly maxEntries = 50_000) {}

  get size(): number {
    return this.counts.size;
  }

  add(articleId: number, at: Date = new Date(), views = 1): boolean {
    const bucket = hourBucket(at);
    const key = `${articleId}:${bucket.getTime()}`;
    const entry = this.counts.get(key);
    if (entry) {
      entry.views += views;
      return true;
    }
    if (this.counts.size >= this.maxEntries) return false;
    this.counts.set(key, { articleId, bucket, views });
    return true;
  }

  /** Takes everything counted so far; the buffer starts again from zero. */
  drain(): ViewCount[] {
    const entries = [...this.counts.values()];
    this.counts = new Map();
    return entries;
  }

  /** Puts back counts a failed flush could not write, merged with those counted meanwhile. */
  restore(entries: ViewCount[]): void {
    for (const entry of entries) this.add(entry.articleId, entry.bucket, entry.views);
  }
}
