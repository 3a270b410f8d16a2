import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { useHydrated } from '../../app/hydrated';
import { Link, navigate, useSearchString } from '../../app/router';
import type { ResultOf } from '../../graphql';
import { type I18n, useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from '../organization/feedback';
import { remaining } from '../organization/load-more';
import { honorIndustries } from './format';
import { usePageMeta } from './page-meta';
import { HonorRollFirstPageQuery, HonorRollMoreQuery } from './queries';
import { cityDistricts, regionName } from './regions';
import {
  activeFilterCount,
  emptyRollFilter,
  honorLevels,
  maxRollSearchLength,
  parseRollFilter,
  type RollFilter,
  rollFilterSearch,
  rollFilterVariables,
} from './roll-filter';
import { honoreeHref, honorRollPath } from './routes';
import { HonoreePhoto, PageIntro, useLevelLabel } from './ui';

export const rollPageSize = 10;

type FirstPage = ResultOf<typeof HonorRollFirstPageQuery>;
type Connection = Extract<FirstPage['honorRoll'], { __typename: 'QueryHonorRollSuccess' }>['data'];
type Card = Connection['edges'][number]['node'];

interface FilterOptions {
  titles: FirstPage['honorTitles'];
  years: string[];
  regions: string[];
}

function optionsOf(data: FirstPage | undefined): FilterOptions | null {
  if (!data) return null;
  const stats = data.honorStats.__typename === 'HonorStats' ? data.honorStats : null;
  return {
    titles: data.honorTitles,
    years: stats ? stats.byYear.map((row) => row.key) : [],
    regions: stats ? stats.byRegion.map((row) => row.key) : [],
  };
}

/** The first page's variables for the URL's query string (the server render asks the same). */
export function rollFirstPageVariables(search: string) {
  return { filter: rollFilterVariables(parseRollFilter(search)), first: rollPageSize };
}

/** The roll's tab title and meta description (the server render writes the same into <head>). */
export function rollPageMeta(t: I18n['t']): { title: string; description: string } {
  return {
    title: `${t('honor.roll.title')} · ${t('site.name')}`,
    description: t('honor.roll.description'),
  };
}

/** 劳模工匠风采: the filters (kept in the URL), then the cards, 10 at a time. */
export function RollPage() {
  const { t } = useI18n();
  const search = useSearchString();
  const filter = parseRollFilter(search);
  const canonical = rollFilterSearch(filter);
  const meta = rollPageMeta(t);
  usePageMeta(meta.title, meta.description);

  const [result, reexecute] = useQuery({
    query: HonorRollFirstPageQuery,
    variables: rollFirstPageVariables(search),
  });
  // The filter choices stay on screen while a new filter's first page loads.
  const lastOptions = useRef<FilterOptions | null>(null);
  const options = optionsOf(result.data) ?? lastOptions.current;
  lastOptions.current = options;

  const apply = (next: RollFilter) =>
    navigate(`${honorRollPath}${rollFilterSearch(next)}`, { keepScroll: true });

  const roll = result.data?.honorRoll;
  let body: React.ReactNode;
  if (result.error && !roll) {
    body = (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!roll || result.fetching) {
    body = (
      <div className="card">
        <LoadingRows rows={4} />
      </div>
    );
  } else if (roll.__typename !== 'QueryHonorRollSuccess') {
    body = (
      <div className="error-box" role="alert">
        <p className="error-title">{t('honor.error.loadTitle')}</p>
        <p className="error-body">{'message' in roll ? roll.message : ''}</p>
      </div>
    );
  } else {
    body = <RollResults key={canonical} filter={filter} first={roll.data} />;
  }

  return (
    <>
      <PageIntro title={t('honor.roll.title')} intro={t('honor.roll.intro')} />
      <RollFilters filter={filter} options={options} onChange={apply} />
      {body}
    </>
  );
}

function RollFilters({
  filter,
  options,
  onChange,
}: {
  filter: RollFilter;
  options: FilterOptions | null;
  onChange: (next: RollFilter) => void;
}) {
  const { t, locale } = useI18n();
  const levelLabel = useLevelLabel();
  const hydrated = useHydrated();
  const [text, setText] = useState(filter.search ?? '');
  useEffect(() => setText(filter.search ?? ''), [filter.search]);

  const titles = options?.titles ?? [];
  const years = withCurrent(
    options?.years ?? [],
    filter.year === null ? null : String(filter.year),
  );
  const regions = withCurrent(
    [
      ...cityDistricts.map((district) => district.code),
      // A division the site does not list (not the city itself: that is every district).
      ...(options?.regions ?? []).filter(
        (code) => !code.endsWith('00') && !cityDistricts.some((d) => d.code === code),
      ),
    ],
    filter.regionCode,
  );
  const industries = withCurrent([...honorIndustries], filter.industry);

  const set = (patch: Partial<RollFilter>) => onChange({ ...filter, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ search: text.trim() || null });
  };

  return (
    // action/method and the fields' names (the URL's parameters) make the form work before the
    // page's script has taken over a server-rendered roll: the browser asks for the filtered roll.
    <form
      className="card honor-filters"
      action={honorRollPath}
      method="get"
      onSubmit={submit}
      aria-label={t('honor.filter.heading')}
    >
      <div className="honor-search">
        <label className="visually-hidden" htmlFor="honor-search">
          {t('honor.filter.search')}
        </label>
        <input
          id="honor-search"
          name="q"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          maxLength={maxRollSearchLength}
          placeholder={t('honor.filter.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button-solid">
          {t('honor.filter.submit')}
        </button>
      </div>
      <div className="honor-filter-grid">
        <FilterSelect
          id="honor-level"
          name="level"
          label={t('honor.filter.level')}
          value={filter.level ?? ''}
          choices={honorLevels.map((level) => ({ value: level, label: levelLabel(level) }))}
          onChange={(value) => set({ level: value ? (value as RollFilter['level']) : null })}
        />
        <FilterSelect
          id="honor-title"
          name="title"
          label={t('honor.filter.title')}
          value={filter.titleCode ?? ''}
          choices={withCurrent(
            titles.map((title) => title.code),
            filter.titleCode,
          ).map((code) => ({
            value: code,
            label: titles.find((title) => title.code === code)?.name ?? code,
          }))}
          onChange={(value) => set({ titleCode: value || null })}
        />
        <FilterSelect
          id="honor-year"
          name="year"
          label={t('honor.filter.year')}
          value={filter.year === null ? '' : String(filter.year)}
          choices={years.map((year) => ({ value: year, label: t('honor.year', { year }) }))}
          onChange={(value) => set({ year: value ? Number(value) : null })}
        />
        <FilterSelect
          id="honor-region"
          name="region"
          label={t('honor.filter.region')}
          value={filter.regionCode ?? ''}
          choices={regions.map((code) => ({ value: code, label: regionName(code, locale) }))}
          onChange={(value) => set({ regionCode: value || null })}
        />
        <FilterSelect
          id="honor-industry"
          name="industry"
          label={t('honor.filter.industry')}
          value={filter.industry ?? ''}
          choices={industries.map((industry) => ({ value: industry, label: industry }))}
          onChange={(value) => set({ industry: value || null })}
        />
      </div>
      {activeFilterCount(filter) > 0 ? (
        <button
          type="button"
          disabled={!hydrated}
          className="link-button"
          onClick={() => {
            setText('');
            onChange(emptyRollFilter);
          }}
        >
          {t('honor.filter.clear')}
        </button>
      ) : null}
    </form>
  );
}

/** The choices plus the URL's current value when the list does not have it. */
function withCurrent(values: string[], current: string | null): string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}

function FilterSelect({
  id,
  name,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  choices: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="honor-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('honor.filter.any')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The first page (from the page's one request), then one more page per 加载更多. */
function RollResults({ filter, first }: { filter: RollFilter; first: Connection }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<string[]>([]);

  if (first.totalCount === 0) {
    return (
      <div className="card empty-state" data-testid="honor-roll-empty">
        <p className="empty-title">{t('honor.roll.empty')}</p>
        <p className="empty">{t('honor.roll.emptyHint')}</p>
      </div>
    );
  }

  const loadMore = (endCursor: string | null | undefined) => {
    if (endCursor)
      setCursors((current) => (current.includes(endCursor) ? current : [...current, endCursor]));
  };

  return (
    <section className="card" aria-labelledby="honor-roll-count">
      <h2 id="honor-roll-count" className="section-title">
        {t('honor.roll.count', { count: first.totalCount })}
      </h2>
      <ul className="honor-list" data-testid="honor-roll">
        <CardItems cards={first.edges.map((edge) => edge.node)} />
        {cursors.length === 0 ? (
          <RollFooter
            shown={first.edges.length}
            total={first.totalCount}
            hasNextPage={first.pageInfo.hasNextPage}
            onLoadMore={() => loadMore(first.pageInfo.endCursor)}
          />
        ) : null}
        {cursors.map((after, index) => (
          <MorePage
            key={after}
            filter={filter}
            after={after}
            shownBefore={first.edges.length + index * rollPageSize}
            isLast={index === cursors.length - 1}
            onLoadMore={loadMore}
          />
        ))}
      </ul>
    </section>
  );
}

function MorePage({
  filter,
  after,
  shownBefore,
  isLast,
  onLoadMore,
}: {
  filter: RollFilter;
  after: string;
  shownBefore: number;
  isLast: boolean;
  onLoadMore: (endCursor: string | null | undefined) => void;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({
    query: HonorRollMoreQuery,
    variables: { filter: rollFilterVariables(filter), first: rollPageSize, after },
  });
  const roll = result.data?.honorRoll;
  if (result.error && !roll) {
    return (
      <li>
        <TransportError
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  }
  if (!roll) {
    return (
      <li>
        <LoadingRows rows={2} />
      </li>
    );
  }
  if (roll.__typename !== 'QueryHonorRollSuccess') {
    return (
      <li className="empty">{'message' in roll ? roll.message : t('honor.error.loadTitle')}</li>
    );
  }
  const { edges, pageInfo, totalCount } = roll.data;
  return (
    <>
      <CardItems cards={edges.map((edge) => edge.node)} />
      {isLast ? (
        <RollFooter
          shown={shownBefore + edges.length}
          total={totalCount}
          hasNextPage={pageInfo.hasNextPage}
          onLoadMore={() => onLoadMore(pageInfo.endCursor)}
        />
      ) : null}
    </>
  );
}

function RollFooter({
  shown,
  total,
  hasNextPage,
  onLoadMore,
}: {
  shown: number;
  total: number;
  hasNextPage: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  return (
    <li className="list-footer">
      <span className="list-progress">{t('honor.roll.shown', { shown, total })}</span>
      {hasNextPage && remaining(total, shown) > 0 ? (
        <button type="button" className="button" disabled={!hydrated} onClick={onLoadMore}>
          {t('honor.loadMore')}
        </button>
      ) : null}
    </li>
  );
}

function CardItems({ cards }: { cards: Card[] }) {
  const { t, locale } = useI18n();
  const levelLabel = useLevelLabel();
  return (
    <>
      {cards.map((card) => (
        <li key={card.id}>
          <Link href={honoreeHref(card.id)} className="honor-card" data-testid="honor-card">
            <HonoreePhoto name={card.name} photoUrl={card.photoUrl} size="card" />
            <span className="honor-card-main">
              <span className="honor-card-name">{card.name}</span>
              <span className="honor-card-title">{card.titleName}</span>
              <span className="honor-card-employer">{card.employerName}</span>
              <span className="honor-card-meta">
                <span className="kind-badge">{levelLabel(card.level)}</span>
                <span className="honor-card-year">{t('honor.year', { year: card.year })}</span>
                <span>{regionName(card.regionCode, locale)}</span>
              </span>
            </span>
            <span className="chevron" aria-hidden="true">
              ›
            </span>
          </Link>
        </li>
      ))}
    </>
  );
}
