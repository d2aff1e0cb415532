import 'server-only';
import { withDb } from '@/db';
import * as q from './dashboard-queries';

export function dashboardCounts() {
  return withDb('admin.dashboard.counts', (db) => q.dashboardCounts(db));
}
