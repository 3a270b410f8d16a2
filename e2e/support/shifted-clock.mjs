/*
 * Test harness only, never loaded by the product: `node --import ./support/shifted-clock.mjs
 * ../apps/gateway/dist/server.js` starts the built gateway with its clock moved forward by
 * GONGHUI_E2E_CLOCK_OFFSET_DAYS days — the browser journey's equivalent of the gateway tests'
 * `vi.setSystemTime` (apps/gateway/test/honor.test.ts), so that a journey can come back after a
 * public notice of N working days has ended. Only `Date` moves (as `toFake: ['Date']` there).
 */
const days = Number(process.env.GONGHUI_E2E_CLOCK_OFFSET_DAYS ?? '0');
if (Number.isFinite(days) && days !== 0) {
  const offset = days * 86_400_000;
  const RealDate = globalThis.Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
