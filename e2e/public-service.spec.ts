import { expect, expectNoHorizontalScroll, postGraphQL, test } from './fixtures';

/**
 * The station finder (服务阵地) on a phone: reached from the home page, it lists the stations
 * nearest to a typed point in the right order — checked against distances this test computes
 * itself from every public station's coordinates — draws them on its offline map, filters by
 * district, and searches from the browser's own location when it is allowed.
 */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

interface Station {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

interface StationPage {
  servicePositions: {
    data: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Station }[];
    };
  };
}

/** Every public station, read page by page from the public API. */
async function allStations(baseURL: string): Promise<Station[]> {
  const stations: Station[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: { body: { data?: StationPage; errors?: unknown } } =
      await postGraphQL<StationPage>(
        baseURL,
        `query ($after: String) {
        servicePositions(first: 100, after: $after) {
          ... on QueryServicePositionsSuccess { data {
            pageInfo { hasNextPage endCursor } edges { node { id name latitude longitude } } } }
        }
      }`,
        { after },
      );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    const page: StationPage['servicePositions']['data'] = body.data.servicePositions.data;
    stations.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return stations;
    after = page.pageInfo.endCursor;
  }
}

/** Great-circle distance in metres (spherical law of cosines: not the product's formula). */
function metres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180;
  const cos =
    Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad) +
    Math.cos(a.latitude * rad) *
      Math.cos(b.latitude * rad) *
      Math.cos((b.longitude - a.longitude) * rad);
  return 6_371_008.8 * Math.acos(Math.min(1, Math.max(-1, cos)));
}

async function nearestOnPage(page: import('@playwright/test').Page) {
  const items = page.getByTestId('nearest-item');
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((nodes) =>
    nodes.map((node) => ({
      name: node.getAttribute('data-name') ?? '',
      distance: Number(node.getAttribute('data-distance')),
      latitude: Number(node.getAttribute('data-latitude')),
      longitude: Number(node.getAttribute('data-longitude')),
    })),
  );
}

test('the finder lists the nearest stations to a typed point in the right order', async ({
  page,
  baseURL,
}) => {
  const origin = { latitude: 36.0617, longitude: 120.3845 }; // 五四广场 (GCJ-02)
  const stations = await allStations(baseURL as string);
  expect(stations.length).toBeGreaterThan(10);
  const expected = stations
    .map((station) => ({ ...station, d: metres(origin, station) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, 10);

  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '服务阵地' }).click();
  await expect(page).toHaveURL(/\/service-positions$/);
  await expect(page.getByRole('heading', { level: 1, name: '服务阵地' })).toBeVisible();
  await expect(page.getByTestId('service-total')).toContainText(String(stations.length));

  await page.getByLabel('或输入坐标（纬度, 经度）').fill('36.0617，120.3845');
  await page.getByRole('button', { name: '查找最近' }).click();
  await expect(page).toHaveURL(/lat=36\.0617&lng=120\.3845/);
  await expect(page.getByTestId('nearest-title')).toHaveText('离 所选坐标 最近的服务阵地');
  const shown = await nearestOnPage(page);
  expect(shown.map((item) => item.name)).toEqual(expected.map((station) => station.name));
  for (const [index, item] of shown.entries()) {
    const own = metres(origin, item);
    expect(
      Math.abs(item.distance - own),
      `${item.name}: ${item.distance} vs ${own}`,
    ).toBeLessThanOrEqual(1);
    expect(Math.abs(item.distance - (expected[index]?.d ?? 0))).toBeLessThanOrEqual(1);
  }
  // The nearest one's distance is written out in the card, in the reader's language.
  const first = expected[0]?.d ?? 0;
  const written = first < 1000 ? `${Math.round(first)} 米` : `${(first / 1000).toFixed(1)} 公里`;
  await expect(page.getByTestId('service-distance').first()).toContainText(written);

  // The offline map: a dot per station of the city, the ten
  // nearest numbered, the point searched from marked; nothing was fetched from a map service.
  const map = page.getByTestId('service-map');
  await expect(map).toBeVisible();
  await expect(map.locator('circle[r="4"]')).toHaveCount(stations.length);
  await expect(map.locator('.service-map-nearest')).toHaveCount(10);
  await expect(page.getByTestId('service-map-origin')).toBeVisible();
  await expectNoHorizontalScroll(page);

  // A reload of the shared address shows the same answer.
  await page.reload();
  expect((await nearestOnPage(page)).map((item) => item.name)).toEqual(
    expected.map((station) => station.name),
  );
});

test('the finder filters by district and kind, and searches from the browser’s location', async ({
  page,
  context,
  baseURL,
}) => {
  const { body } = await postGraphQL<{
    servicePositions: { data: { totalCount: number } };
  }>(
    baseURL as string,
    `query { servicePositions(filter: { regionCode: "370212", kind: OUTDOOR_WORKER_STATION }, first: 1) {
      ... on QueryServicePositionsSuccess { data { totalCount } } } }`,
  );
  const laoshanStations = body.data?.servicePositions.data.totalCount ?? -1;
  expect(laoshanStations).toBeGreaterThan(0);

  await page.goto('/service-positions');
  await page.getByLabel('区（市）').selectOption({ label: '崂山区' });
  await page.getByLabel('类型').selectOption({ label: '户外劳动者服务站点' });
  await expect(page).toHaveURL(/district=370212&kind=OUTDOOR_WORKER_STATION/);
  const items = page.getByTestId('service-item');
  await expect(items).toHaveCount(laoshanStations);
  await expect(page.getByTestId('service-list')).toContainText(`共 ${laoshanStations} 个`);
  for (const text of await items.allTextContents()) {
    expect(text).toContain('崂山区');
    expect(text).toContain('户外劳动者服务站点');
  }

  // Only those open now: each card says so (the 24-hour stations always are).
  await page.getByLabel('只看正在开放的').check();
  await expect(page).toHaveURL(/open=1/);
  await expect(items.first()).toBeVisible();
  for (const text of await items.allTextContents()) expect(text).toContain('正在开放');
  await page.getByLabel('只看正在开放的').uncheck();
  await expect(items).toHaveCount(laoshanStations);

  // The browser's own position (GPS, WGS-84) when allowed: the gateway converts it.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 36.1048, longitude: 120.4635 });
  await page.getByRole('button', { name: '使用我的位置' }).click();
  await expect(page).toHaveURL(/crs=wgs84/);
  await expect(page.getByTestId('nearest-title')).toHaveText('离 您的位置 最近的服务阵地');
  const shown = await nearestOnPage(page);
  expect(shown.length).toBeGreaterThan(0);
  const distances = shown.map((item) => item.distance);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // Only the chosen kind is searched.
  for (const text of await page.getByTestId('nearest-item').allTextContents()) {
    expect(text).toContain('户外劳动者服务站点');
  }

  // A malformed point is refused on the page, without a request.
  await page.getByLabel('或输入坐标（纬度, 经度）').fill('北纬36度');
  await page.getByRole('button', { name: '查找最近' }).click();
  await expect(page.getByRole('alert')).toContainText('请输入两个数字');
});
