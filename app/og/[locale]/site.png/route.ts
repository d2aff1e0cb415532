import { siteOgResponse } from '@/lib/seo/og-response';

export async function GET(_request: Request, { params }: RouteContext<'/og/[locale]/site.png'>) {
  return siteOgResponse(await params);
}
