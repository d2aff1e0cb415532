import { notFound } from 'next/navigation';

// Any unknown path under /admin/<locale>/ gets the newsroom's own 404 (not-found.tsx beside the
// layout); without this route it would fall through to the reader's [locale] catch-all, in French.
export default function AdminCatchAll() {
  notFound();
}
