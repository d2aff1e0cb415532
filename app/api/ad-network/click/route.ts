import { connection } from 'next/server';
import { standInAdNetworkEnabled, standInNotFound } from '@/lib/data/ad-network-stand-in';

/*
 * GET /api/ad-network/click?slot=…: the stand-in ad network's click tracker. A real one would
 * count the click and send the reader to the advertiser; this one sends them to the home page.
 */
export async function GET() {
  await connection();
  if (!(await standInAdNetworkEnabled())) return standInNotFound();
  return new Response(null, {
    status: 302,
    headers: { Location: '/', 'Cache-Control': 'no-store' },
  });
}
