/**
 * Next stamps a tag's expiry with Date.now() but decides whether it has passed with
 * performance.timeOrigin + performance.now(); while NTP slews the wall clock the two differ by a
 * few milliseconds, and an expiry stamped "now" is still in the future for Next. Waits (at most a
 * second) until Next's clock reaches `at`, as any later request would.
 */
export async function untilNextClockPasses(at: number): Promise<void> {
  for (let waited = 0; performance.timeOrigin + performance.now() < at && waited < 1_000; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
