import { notFound } from 'next/navigation';
import { parseIdParam } from '@/lib/http/id-param';

/** A positive integer id from the URL, or a 404 (the one parser every admin [id] route uses). */
export function idParam(raw: string): number {
  const id = parseIdParam(raw);
  if (id === null) notFound();
  return id;
}

/** Page number from the query string (1 when absent or malformed). */
export function pageParam(raw: string | string[] | undefined): number {
  const value = Number.parseInt(typeof raw === 'string' ? raw : '1', 10);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

export function textParam(raw: string | string[] | undefined, max = 100): string {
  return (typeof raw === 'string' ? raw : '').trim().slice(0, max);
}
