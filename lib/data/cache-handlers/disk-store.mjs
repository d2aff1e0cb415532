// @ts-check
/*
 * The durable tier on one machine: one compressed file per page under
 * <PAGE_CACHE_DIR>/<build id>/, bounded by total size with least-recently-used eviction, and the
 * tag expirations in <PAGE_CACHE_DIR>/tags.json. Pages are per build (their HTML names that
 * build's script files); tag expirations are not, so an edit made before a restart or a deploy
 * still expires what was rendered before it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';


/**
 * @param {{ dir: string, buildId: string, maxBytes: number }} options
 * @returns {Promise<import('./page-store.mjs').DurableStore>}
 */
export async function openDiskStore({ dir, buildId, maxBytes }) {
  const buildDir = path.join(dir, safeName(buildId));
  const tagsFile = path.join(dir, 'tags.json');
  await fs.mkdir(buildDir, { recursive: true });
  // Marks this build as the most recently used for the next build's start-up.
  const now = new Date();
  await fs.utimes(buildDir, now, now);
  await removeOldBuilds(dir, path.basename(buildDir));

  // Least recently used first (Map keeps insertion order; a read re-inserts).
  /** @type {Map<string, number>} */
  const sizes = new Map();
  let total = 0;
  // Listing 20,000 pages takes a while (~0.5 s): serve meanwhile, reading files the index does not know yet.
  let scanned = false;
  const scanning = scan(buildDir).then((files) => {
    /** @type {Map<string, number>} */
    const found = new Map(files.map((file) => [file.name, file.size]));
    // Pages read or written during the scan are the most recently used: they go last.
    for (const [name, size] of sizes) found.set(name, size);
    sizes.clear();
    total = 0;
    for (const [name, size] of found) {
      sizes.set(name, size);
      total += size;
    }
    scanned = true;
    return evict();
  });

  /** @param {string} key */
  const nameOf = (key) => createHash('sha256').update(key).digest('hex').slice(0, 40);
  /** @param {string} name */
  const fileOf = (name) => path.join(buildDir, name.slice(0, 2), `${name}.page`);

  /** @param {string} name */
  function forget(name) {
    const size = sizes.get(name);
    if (size === undefined) return;
    sizes.delete(name);
    total -= size;
  }

  async function evict() {
    for (const [name] of sizes) {
      if (total <= maxBytes) break;
      forget(name);
      await fs.rm(fileOf(name), { force: true });
    }
  }

  async function loadTags() {
    try {
      return JSON.parse(await fs.readFile(tagsFile, 'utf8'));
    } catch {
      return {};
    }
  }

  return {
    kind: 'disk',
    async get(key) {
      const name = nameOf(key);
      if (scanned && !sizes.has(name)) return null;
      try {
        const data = await fs.readFile(fileOf(name));
        forget(name);
        sizes.set(name, data.byteLength);
        total += data.byteLength;
        return data;
      } catch {
        // Removed by another process sharing the folder, or by an operator.
        forget(name);
        return null;
      }
    },
    async has(key) {
      const name = nameOf(key);
      if (scanned || sizes.has(name)) return sizes.has(name);
      return fs.access(fileOf(name)).then(() => true, () => false);
    },
    async set(key, data) {
      const name = nameOf(key);
      if (data.byteLength > maxBytes) return;
      const file = fileOf(name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Readers (other processes too) see the old file or the new one, never half of one.
      const temporary = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
      await fs.writeFile(temporary, data);
      await fs.rename(temporary, file);
      forget(name);
      sizes.set(name, data.byteLength);
      total += data.byteLength;
      await evict();
    },
    async delete(key) {
      const name = nameOf(key);
      forget(name);
      await fs.rm(fileOf(name), { force: true });
    },
    loadTags,
    async saveTags(updates, keepAfter) {
      const current = { ...(await loadTags()), ...updates };
      for (const [tag, entry] of Object.entries(current)) {
        if (Math.max(entry.stale ?? 0, entry.expired ?? 0) < keepAfter) delete current[tag];
      }
      const temporary = `${tagsFile}.${process.pid}.tmp`;
      await fs.writeFile(temporary, JSON.stringify(current));
      await fs.rename(temporary, tagsFile);
    },
    async stats() {
      return { entries: sizes.size, bytes: total, maxBytes };
    },
    /** Resolves once the folder has been listed (tests, and the eviction of pages past the bound). */
    ready: () => scanning,
    async close() {},
  };
}

/** @param {string} value */
function safeName(value) {
  return value.replace(/[^A-Za-z0-9_-]/g, '_') || 'build';
}

/** Every stored page, oldest first (modification time: the order they were written in). */
async function scan(/** @type {string} */ buildDir) {
  /** @type {{ name: string, size: number, mtime: number }[]} */
  const files = [];
  for (const shard of await fs.readdir(buildDir).catch(() => [])) {
    const shardDir = path.join(buildDir, shard);
    for (const entry of await fs.readdir(shardDir).catch(() => [])) {
      const file = path.join(shardDir, entry);
      if (entry.endsWith('.tmp')) {
        // Left by a process that died mid-write.
        await fs.rm(file, { force: true });
        continue;
      }
      if (!entry.endsWith('.page')) continue;
      const stat = await fs.stat(file).catch(() => null);
      if (stat) files.push({ name: entry.slice(0, -'.page'.length), size: stat.size, mtime: stat.mtimeMs });
    }
  }
  return files.sort((a, b) => a.mtime - b.mtime);
}

/**
 * Other builds' folders are removed at start-up, but for the most recently used one: during a
 * rolling deploy the previous build still serves from it. (By order, not age: no clock involved.)
 */
async function removeOldBuilds(/** @type {string} */ dir, /** @type {string} */ current) {
  /** @type {{ folder: string, mtime: number }[]} */
  const others = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === current) continue;
    const folder = path.join(dir, entry.name);
    const stat = await fs.stat(folder).catch(() => null);
    if (stat) others.push({ folder, mtime: stat.mtimeMs });
  }
  others.sort((a, b) => b.mtime - a.mtime);
  for (const { folder } of others.slice(1)) await fs.rm(folder, { recursive: true, force: true });
}
