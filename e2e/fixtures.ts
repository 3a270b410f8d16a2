import { test as base, expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Chooses an option of an antd Select (the combobox found by its label) and checks that the
 * select shows it. Under load a click on an option of a dropdown that is still opening
 * sometimes does not take; this opens the dropdown when it is closed, clicks the option, and
 * tries again until the choice shows.
 */
export async function chooseOption(combobox: Locator, option: string): Promise<void> {
  const page = combobox.page();
  const select = combobox.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if ((await dropdown.count()) === 0) await combobox.click();
    await dropdown.getByTitle(option, { exact: true }).click({ timeout: 3_000 });
    await expect(select.locator('.ant-select-content')).toContainText(option, {
      timeout: 2_000,
    });
  }).toPass({ timeout: 20_000 });
}

/** The password of every demo account (seeded by the gateway; demo data only). */
export const demoPassword = 'Gonghui@2026';

/** Signs in through the login page the browser is on, pressing Enter in the password field. */
export async function submitLogin(page: Page, username: string, password = demoPassword) {
  await page.getByLabel('用户名', { exact: true }).fill(username);
  const passwordField = page.getByLabel('密码', { exact: true });
  await passwordField.fill(password);
  await passwordField.press('Enter');
}

/** Opens the login page, signs in, and waits for the console to show who is signed in. */
export async function loginAs(
  page: Page,
  username: string,
  path = '/admin/',
  password = demoPassword,
): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/admin\/login/);
  await submitLogin(page, username, password);
  await expect(page.getByTestId('viewer-name')).toBeVisible();
}

/** Signs out through the user menu. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
}

interface GraphQLAnswer<Data> {
  data?: Data;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL document with the given headers (anonymous unless they say otherwise). */
export async function postGraphQL<Data>(
  baseURL: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLAnswer<Data> }> {
  const response = await fetch(new URL('/graphql', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer<Data> };
}

/** The global id of an organisation, looked up by exact name as anyone may (the public API). */
export async function organizationIdByName(baseURL: string, name: string): Promise<string> {
  const { body } = await postGraphQL<{
    organizations: { data?: { edges: { node: { id: string; name: string } }[] } };
  }>(
    baseURL,
    `query ($search: String!) {
      organizations(filter: { search: $search }, first: 20) {
        ... on QueryOrganizationsSuccess { data { edges { node { id name } } } }
      }
    }`,
    { search: name },
  );
  const match = body.data?.organizations.data?.edges.find((edge) => edge.node.name === name);
  if (!match) throw new Error(`no organisation named ${name}`);
  return match.node.id;
}

/** A username no earlier run of this database has used. */
export function uniqueSuffix(): string {
  return Date.now().toString(36).slice(-5);
}
