// @ts-check
/*
 * One rendered page (Next's APP_PAGE or APP_ROUTE cache value) as one compressed buffer, so the
 * durable tier stores and reads it in a single operation: HTML, RSC payload and the per-segment
 * prefetch payloads together. An article is ~200 KB raw and mostly repeated markup.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const MAGIC = 'JPC1';
const CODEC = { raw: 0, zstd: 1, brotli: 2 };

// zstd decodes several times faster than brotli at a similar ratio; Node has it from 22.15/23.8.
const hasZstd = typeof zlib.zstdCompress === 'function';
const compressZstd = hasZstd ? promisify(zlib.zstdCompress) : undefined;
const compressBrotli = promisify(zlib.brotliCompress);

/**
 * @typedef {{ lastModified: number, value: any, cacheControl?: { revalidate: number | false, expire: number | undefined } }} StoredPage
 */

/**
 * @param {string} key
 * @param {StoredPage} page
 * @returns {Promise<Buffer>}
 */
export async function encodePage(key, page) {
  const value = page.value;
  /** @type {Buffer[]} */
  const parts = [];
  /** @param {Buffer | string | undefined} part */
  const add = (part) => {
    if (part === undefined) return -1;
    const buffer = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    parts.push(buffer);
    return buffer.byteLength;
  };
  /** @type {Record<string, unknown>} */
  const header = { key, lastModified: page.lastModified, cacheControl: page.cacheControl, kind: value.kind, status: value.status, headers: value.headers };
  if (value.kind === 'APP_PAGE') {
    header.postponed = value.postponed;
    header.html = add(value.html);
    header.rsc = add(value.rscData);
    header.segments = value.segmentData ? [...value.segmentData].map(([path, data]) => [path, add(data)]) : null;
  } else if (value.kind === 'APP_ROUTE') {
    header.body = add(value.body);
  } else {
    throw new Error(`page cache: cannot store a ${value.kind} entry`);
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.byteLength);
  return compress(MAGIC, Buffer.concat([length, headerBytes, ...parts]));
}

/**
 * `raw` compressed behind a four-character mark of what it is and a codec byte (the page and data
 * stores share this framing).
 * @param {string} magic
 * @param {Buffer} raw
 */
export async function compress(magic, raw) {
  const packed = compressZstd
    ? await compressZstd(raw, { params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 } })
    : await compressBrotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  return Buffer.concat([Buffer.from(magic), Buffer.of(compressZstd ? CODEC.zstd : CODEC.brotli), packed]);
}

/**
 * The bytes `compress` framed under `magic`, or null for anything else.
 * @param {string} magic
 * @param {Buffer} stored
 * @returns {Buffer | null}
 */
export function decompress(magic, stored) {
  if (stored.byteLength < 5 || stored.toString('latin1', 0, 4) !== magic) return null;
  const codec = stored[4];
  const packed = stored.subarray(5);
  if (codec === CODEC.zstd) return hasZstd ? zlib.zstdDecompressSync(packed) : null;
  if (codec === CODEC.brotli) return zlib.brotliDecompressSync(packed);
  if (codec === CODEC.raw) return packed;
  return null;
}

/**
 * @param {Buffer} stored
 * @returns {{ header: any, raw: Buffer, offset: number } | null} null when the buffer is not a stored page
 */
function unpack(stored) {
  const raw = decompress(MAGIC, stored);
  if (!raw || raw.byteLength < 4) return null;
  const headerLength = raw.readUInt32LE(0);
  return { header: JSON.parse(raw.toString('utf8', 4, 4 + headerLength)), raw, offset: 4 + headerLength };
}

/**
 * What a stored page is (its cache key, when it was rendered, its status), for operators and tests
 * looking into the folder.
 * @param {Buffer} stored
 * @returns {{ key: string, lastModified: number, kind: string, status: number | undefined } | null}
 */
export function describePage(stored) {
  const unpacked = unpack(stored);
  if (!unpacked) return null;
  const { key, lastModified, kind, status } = unpacked.header;
  return { key, lastModified, kind, status };
}

/**
 * @param {Buffer} stored
 * @param {string} expectedKey guards against a hash collision or a file from elsewhere
 * @returns {StoredPage | null} null when the buffer is not a page stored under that key
 */
export function decodePage(stored, expectedKey) {
  const unpacked = unpack(stored);
  if (!unpacked || unpacked.header.key !== expectedKey) return null;
  const { header, raw } = unpacked;
  let offset = unpacked.offset;
  /** @param {number} length */
  const take = (length) => {
    if (length < 0) return undefined;
    const part = raw.subarray(offset, offset + length);
    offset += length;
    return part;
  };
  /** @type {any} */
  let value;
  if (header.kind === 'APP_PAGE') {
    const html = take(header.html)?.toString('utf8');
    const rscData = take(header.rsc);
    /** @type {[string, number][] | null} */
    const segments = header.segments;
    const segmentData = segments ? new Map(segments.map(([path, length]) => [path, take(length)])) : undefined;
    value = { kind: 'APP_PAGE', html, rscData, segmentData, postponed: header.postponed, headers: header.headers, status: header.status };
  } else {
    value = { kind: 'APP_ROUTE', body: take(header.body), headers: header.headers, status: header.status };
  }
  return { lastModified: header.lastModified, cacheControl: header.cacheControl, value };
}

/** Bytes a decoded page holds in memory (for the in-process LRU's bound). */
export function pageSize(/** @type {StoredPage} */ page) {
  const value = page.value;
  if (value.kind === 'APP_ROUTE') return (value.body?.byteLength ?? 0) + 512;
  let size = (typeof value.html === 'string' ? value.html.length * 2 : 0) + (value.rscData?.byteLength ?? 0) + 512;
  if (value.segmentData) for (const [path, data] of value.segmentData) size += path.length * 2 + data.byteLength;
  return size;
}
