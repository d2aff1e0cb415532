import { connection } from 'next/server';
import { checkReadiness } from '@/lib/data/readiness';

/**
 * GET /api/ready: 200 when the database (and replicas and Redis, when configured) answer in time,
 * 503 naming what does not, and 503 once the instance is shutting down. Deploy scripts wait for it
 * before restarting the next instance (deploy/rolling-restart.sh).
 */
export async function GET() {
  await connection();
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.status === 'ready' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
