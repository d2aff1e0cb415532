import { articleOgResponse } from '@/lib/seo/og-response';

export async function GET(request: Request, { params }: RouteContext<'/og/[locale]/article/[file]'>) {
  return articleOgResponse(request, await params);
}
