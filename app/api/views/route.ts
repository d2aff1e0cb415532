import { z } from 'zod';
import { countView } from '@/lib/data/view-counter';
import { classifyViewRequest } from '@/lib/views/classify';

const bodySchema = z.object({
  id: z.string().regex(/^[1-9]\d{0,9}$/, 'id must be an article id').transform(Number).refine((id) => id <= 2_147_483_647, 'id must be an article id'),
});

const noStore = { 'Cache-Control': 'no-store' };

/**
 * POST /api/views with `id=<article id>` (form-encoded), sent by the article page's beacon.
 * No cookie is read or set and nothing about the reader is kept: the view only adds one to an
 * in-memory counter. Bots and prefetches get a 204 like everyone else, and are not counted.
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
  countView(parsed.data.id);
  return new Response(null, { status: 204, headers: noStore });
}
