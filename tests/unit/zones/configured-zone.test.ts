import { describe, expect, it } from 'vitest';

// Only the projects that set a zone run this file (vitest.config.ts): without one there is nothing to check.
describe('the zone projects', () => {
  it(`really run in the configured zone (${process.env.TZ})`, () => {
    expect(process.env.TZ).toMatch(/^[A-Z][A-Za-z_]+\/[A-Za-z_]+$/);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
    // Dates read the zone too, not only Intl: midnight UTC is not midnight there.
    expect(new Date('2026-11-23T00:00:00Z').getTimezoneOffset()).not.toBe(0);
  });
});
