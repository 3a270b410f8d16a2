import { test as base, expect, type Page } from '@playwright/test';

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for a request that leaves this machine (anything but loopback, data: and blob:). */
export function isExternal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') {
    return false;
  }
  return !localHosts.has(parsed.hostname);
}

/**
 * Every test fails if the page logs a console error, throws, or sends a request to any
 * address other than this machine: the product must work in an air-gapped network.
 */
export const test = base.extend<{ pageGuard: undefined }>({
  pageGuard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      context.on('request', (request) => {
        if (isExternal(request.url())) problems.push(`external request: ${request.url()}`);
      });
      await use(undefined);
      expect(problems, 'console errors, page errors or external requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The page cannot be scrolled sideways (a mobile layout that fits). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

/** A well-formed global id of an organisation that does not exist. */
export const missingOrganizationId = Buffer.from(
  'Organization:00000000-0000-4000-8000-000000000000',
).toString('base64url');
