import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s): what every authenticator app speaks. */
const STEP_SECONDS = 30;
const DIGITS = 6;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function totpUri(secret: string, account: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}

export function totpCode(secret: string, at: Date = new Date()): string {
  const counter = Math.floor(at.getTime() / 1000 / STEP_SECONDS);
  return codeForCounter(base32Decode(secret), counter);
}

/**
 * The time step a code belongs to, or null: the current step and its neighbours (±30 s) are
 * accepted to absorb clock drift between phone and server. Callers must also refuse a step at or
 * before the last one accepted for the account (see claimTotpCode), or a code works twice.
 */
export function matchTotpStep(secret: string, code: string, at: Date = new Date()): number | null {
  const cleaned = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(cleaned)) return null;
  const key = base32Decode(secret);
  const counter = Math.floor(at.getTime() / 1000 / STEP_SECONDS);
  let matched: number | null = null;
  // Every candidate is compared, so the time taken does not tell which one matched.
  for (const offset of [-1, 0, 1]) {
    const expected = Buffer.from(codeForCounter(key, counter + offset));
    if (timingSafeEqual(expected, Buffer.from(cleaned))) matched = counter + offset;
  }
  return matched;
}

/** Whether a code is valid now, ignoring replay (for tests and callers that track steps themselves). */
export function verifyTotp(secret: string, code: string, at: Date = new Date()): boolean {
  return matchTotpStep(secret, code, at) !== null;
}

function codeForCounter(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
  return binary.toString().padStart(DIGITS, '0');
}

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32[(value << (5 - bits)) & 31];
  return output;
}

export function base32Decode(input: string): Buffer {
  const cleaned = input.toUpperCase().replace(/=+$/, '').replace(/\s/g, '');
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of cleaned) {
    const index = BASE32.indexOf(char);
    if (index === -1) throw new Error('Invalid base32 character');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}
