import { z } from 'zod';
import { countView } from '@/lib/data/view-counter';
import { clientAddress } from '@/lib/http/client-address';
import { classifyViewRequest } from '@/lib/views/classify';
import { viewLimiter } from '@/lib/views/limiter';

const bodySchema = z.object({
  id: z.string().regex(/^[1-9]\d{0,9}$/, 'id must be an article id').transform(Number).refine((id) => id <= 2_147_483_647, 'id must be an article id'),
});

const noStore = { 'Cache-Control': 'no-store' };

/**
 * POST /api/views with `id=<article id>` (form-encoded), sent by the article page's beacon.
 * No cookie is read or set: the view adds one to an in-memory counter, at most once per client
 * address and article per hour and a few times per address per minute (lib/views/limits.ts,
 * which keeps only salted hashes of addresses, in Redis or in memory). Bots, prefetches, repeats and views
 * over the limit all get the same 204 and are not counted: the beacon never reads the answer,
 * and a 429 would only tell a script where the limit is.
 */
export async function POST(request: Request) {
  const verdict = classifyViewRequest(request.headers);
  if (verdict === 'foreign') return new Response(null, { status: 403, headers: noStore });
  if (verdict !== 'count') return new Response(null, { status: 204, headers: noStore });
  if (Number(request.headers.get('content-length') ?? 0) > 64) return Response.json({ error: 'body too large' }, { status: 400, headers: noStore });
  const text = await request.text();
  if (text.length > 64) return Response.json({ error: 'body too large' }, { status: 400, headers: noStore });
  const parsed = bodySchema.safeParse(Object.fromEntries(new URLSearchParams(text)));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? 'bad request' }, { status: 400, headers: noStore });
  if ((await viewLimiter().admit(clientAddress(), parsed.data.id)) === 'counted') countView(parsed.data.id);
  return new Response(null, { status: 204, headers: noStore });
}
