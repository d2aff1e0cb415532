import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES } from './limits';
import { MediaRejectedError } from './image';

/** Room for the text fields and multipart boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads a multipart body, giving up as soon as it passes the limit, so an oversized upload is
 * refused without being held in memory (a Content-Length above it is refused before reading).
 */
export async function readUploadForm(request: Request, limit = MAX_UPLOAD_BYTES + FORM_OVERHEAD): Promise<FormData> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new MediaRejectedError('too_large');
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data') || !request.body) throw new AppError('bad_request', 'Expected multipart/form-data');
  let received = 0;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(new MediaRejectedError('too_large'));
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(limited, { headers: { 'content-type': type } }).formData();
  } catch (error) {
    if (received > limit) throw new MediaRejectedError('too_large');
    throw new AppError('bad_request', 'Malformed multipart body', { cause: error });
  }
}
