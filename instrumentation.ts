export async function register() {
  // The server process only: not the edge runtime, and not the workers of `next build`.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/scheduler/scheduler');
  startScheduler();
  // `next dev` keeps its own signal handling (it also stops the bundler and its watchers).
  if (process.env.NODE_ENV === 'production') {
    const { installGracefulShutdown } = await import('./lib/shutdown');
    installGracefulShutdown();
  }
}
