import { connection } from 'next/server';

/**
 * GET /api/health: the process is up and serving HTTP (a supervisor's liveness check). It asks
 * nothing else, so a database outage never gets a healthy process restarted; /api/ready does.
 */
export async function GET() {
  await connection();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
