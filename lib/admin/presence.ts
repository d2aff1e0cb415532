import 'server-only';
import { domain } from './domain';
import * as q from './presence-queries';

export { presenceRequestSchema, PRESENCE_WINDOW_MS, type PresentEditor } from './presence-queries';

// Presence writes no content readers see: nothing to expire, so both run as plain reads.
const presence = domain('presence');

export const heartbeat = presence.read('heartbeat', q.heartbeat);
export const leave = presence.read('leave', q.leave);
