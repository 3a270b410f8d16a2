import { type FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link, usePathname } from '../../app/router';
import { cityDistricts, regionName } from '../honor/regions';
import { honoreeHref } from '../honor/routes';
import { LoadingRows, TransportError } from '../organization/feedback';
import { fenToWanYuan, starsText, useInnovationText } from './messages';
import {
  InnovationFiguresQuery,
  InnovationResultsQuery,
  StudioQuery,
  StudiosQuery,
} from './queries';
import { innovationResultsPath, parseInnovationRoute, studioPagePath, studiosPath } from './routes';
import './innovation.css';

const LEVELS = ['NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
const TYPES = [
  'SMALL_INVENTION',
  'SMALL_CREATION',
  'SMALL_INNOVATION',
  'SMALL_DESIGN',
  'SMALL_SUGGESTION',
  'INVENTION_PATENT',
  'UTILITY_MODEL_PATENT',
  'DESIGN_PATENT',
  'RATIONALISATION_PROPOSAL',
  'TECHNICAL_BREAKTHROUGH',
] as const;
const pageSize = 20;

type Level = (typeof LEVELS)[number];
type ResultType = (typeof TYPES)[number];

interface StudioFilters {
  level: Level | null;
  stars: number | null;
  regionCode: string | null;
  industryChain: string | null;
  search: string | null;
}
const noFilters: StudioFilters = {
  level: null,
  stars: null,
  regionCode: null,
  industryChain: null,
  search: null,
};

function Stars({ stars }: { stars: number | null }) {
  const { m } = useInnovationText();
  return stars ? (
    <span className="innovation-stars" data-testid="stars" data-stars={stars} title={String(stars)}>
      {starsText(stars)}
    </span>
  ) : (
    <span className="muted" data-testid="stars" data-stars={0}>
      {m('unrated')}
    </span>
  );
}

function StudiosPage() {
  const { m, label, locale } = useInnovationText();
  const [filters, setFilters] = useState<StudioFilters>(noFilters);
  const [draft, setDraft] = useState<StudioFilters>(noFilters);
  // 加载更多 asks for a longer first page: simple, and the order stays the gateway's.
  const [count, setCount] = useState(pageSize);
  const [figures] = useQuery({ query: InnovationFiguresQuery });
  const [result, reexecute] = useQuery({
    query: StudiosQuery,
    variables: { filter: filters, first: count, after: null },
  });
  useEffect(() => {
    document.title = m('studiosTitle');
  }, [m]);
  const list = result.data?.studios;
  const connection = list?.__typename === 'QueryStudiosSuccess' ? list.data : null;
  const rows = connection?.edges ?? [];
  const figure = figures.data?.innovationFigures;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCount(pageSize);
    setFilters({
      ...draft,
      industryChain: draft.industryChain?.trim() || null,
      search: draft.search?.trim() || null,
    });
  };

  return (
    <>
      <section className="card">
        <h1 className="page-title">{m('studiosTitle')}</h1>
        {figure?.__typename === 'InnovationFigures' ? (
          <p data-testid="innovation-figures">
            {m('studiosIntro', {
              studios: figure.studioCount,
              results: figure.resultCount,
              benefit: fenToWanYuan(figure.totalEconomicBenefitFen),
            })}
          </p>
        ) : null}
        <p>
          <Link href={innovationResultsPath}>{m('resultsTitle')}</Link>
        </p>
      </section>
      <form className="card honor-filters" onSubmit={submit} aria-label={m('apply')}>
        <label>
          {m('level')}
          <select
            value={draft.level ?? ''}
            onChange={(event) =>
              setDraft({ ...draft, level: (event.target.value || null) as Level | null })
            }
          >
            <option value="">{m('any')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {label(level)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m('stars')}
          <select
            value={draft.stars ?? ''}
            onChange={(event) =>
              setDraft({ ...draft, stars: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">{m('any')}</option>
            {[5, 4, 3, 2, 1].map((stars) => (
              <option key={stars} value={stars}>
                {starsText(stars)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m('district')}
          <select
            value={draft.regionCode ?? ''}
            onChange={(event) => setDraft({ ...draft, regionCode: event.target.value || null })}
          >
            <option value="">{m('any')}</option>
            {cityDistricts.map((district) => (
              <option key={district.code} value={district.code}>
                {locale === 'en' ? district.en : district.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m('industryChain')}
          <input
            value={draft.industryChain ?? ''}
            maxLength={100}
            onChange={(event) => setDraft({ ...draft, industryChain: event.target.value })}
          />
        </label>
        <label>
          {m('search')}
          <input
            type="search"
            value={draft.search ?? ''}
            maxLength={100}
            onChange={(event) => setDraft({ ...draft, search: event.target.value })}
          />
        </label>
        <button type="submit">{m('apply')}</button>
      </form>
      {result.error ? (
        <TransportError
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {list && list.__typename !== 'QueryStudiosSuccess' ? (
        <div className="card">{list.message}</div>
      ) : null}
      <section className="card" aria-labelledby="studio-count">
        <h2 id="studio-count" className="section-title">
          {m('total', { total: connection?.totalCount ?? 0 })}
        </h2>
        {result.fetching && rows.length === 0 ? <LoadingRows rows={4} /> : null}
        {!result.fetching && rows.length === 0 ? <p className="muted">{m('empty')}</p> : null}
        <ul className="innovation-list" data-testid="studio-list">
          {rows.map(({ node }) => (
            <li key={node.id} className="innovation-item">
              <Link href={studioPagePath(node.id)}>
                <strong>{node.name}</strong>
              </Link>{' '}
              <Stars stars={node.stars} />
              <div className="muted">
                {label(node.level)} · {m('lead')} {node.lead.name} · {node.hostEmployerName} ·{' '}
                {node.industryChain} · {regionName(node.regionCode, locale)}
              </div>
            </li>
          ))}
        </ul>
        {connection?.pageInfo.hasNextPage ? (
          <button
            type="button"
            onClick={() => setCount(count + pageSize)}
            disabled={result.fetching}
          >
            {m('more')}
          </button>
        ) : null}
      </section>
    </>
  );
}

function StudioPage({ id }: { id: string }) {
  const { m, label, locale } = useInnovationText();
  const [result, reexecute] = useQuery({ query: StudioQuery, variables: { id } });
  const studio = result.data?.studio;
  useEffect(() => {
    if (studio?.__typename === 'InnovationStudio') document.title = studio.name;
  }, [studio]);
  if (result.error)
    return (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (result.fetching && !studio) {
    return (
      <div className="card">
        <LoadingRows rows={4} />
      </div>
    );
  }
  if (studio?.__typename !== 'InnovationStudio') {
    return (
      <div className="card empty-state">
        <p>{studio ? studio.message : m('notFound')}</p>
        <Link href={studiosPath}>{m('back')}</Link>
      </div>
    );
  }
  const lead = [
    studio.lead.honors.map((honor) => honor.name).join('、'),
    studio.lead.skillLevelLabel ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <section className="card">
        <Link href={studiosPath}>{m('back')}</Link>
        <h1 className="page-title" data-testid="studio-name">
          {studio.name}
        </h1>
        <p>
          <Stars stars={studio.stars} /> · {label(studio.level)}
          {studio.status === 'DELISTED'
            ? ` · ${m('delisted')}`
            : studio.status === 'SUSPENDED'
              ? ` · ${m('suspended')}`
              : ''}
        </p>
        <dl className="facts">
          <dt>{m('lead')}</dt>
          <dd data-testid="studio-lead">
            {studio.lead.honoreeId ? (
              <Link
                href={honoreeHref(studio.lead.honoreeId)}
                data-testid="studio-lead-profile"
                title={m('leadProfile')}
              >
                {studio.lead.name}
              </Link>
            ) : (
              studio.lead.name
            )}
            {lead ? ` · ${lead}` : ''}
          </dd>
          <dt>{m('host')}</dt>
          <dd>{studio.hostEmployerName}</dd>
          <dt>{m('industryChain')}</dt>
          <dd>
            {studio.industryChain} · {regionName(studio.regionCode, locale)} ·{' '}
            {m('foundedOn', { date: studio.foundedOn })}
          </dd>
        </dl>
        {studio.description ? <p>{studio.description}</p> : null}
      </section>
      <section className="card" aria-labelledby="studio-ratings">
        <h2 id="studio-ratings" className="section-title">
          {m('ratings')}
        </h2>
        {studio.ratings.length === 0 ? (
          <p className="muted">{m('noRatings')}</p>
        ) : (
          <table className="innovation-table" data-testid="rating-history">
            <thead>
              <tr>
                <th>{m('year')}</th>
                <th>{m('stars')}</th>
                <th>{m('score')}</th>
                <th>{m('change')}</th>
              </tr>
            </thead>
            <tbody>
              {studio.ratings.map((rating) => (
                <tr key={rating.year} title={rating.explanation}>
                  <td>{rating.year}</td>
                  <td>
                    <span className="innovation-stars">{starsText(rating.stars)}</span>
                  </td>
                  <td>{rating.score}</td>
                  <td>{label(rating.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {studio.members.length > 0 ? (
        <section className="card" aria-labelledby="studio-members">
          <h2 id="studio-members" className="section-title">
            {m('members')}
          </h2>
          <p>{studio.members.map((member) => `${member.name}（${member.role}）`).join('、')}</p>
        </section>
      ) : null}
      {studio.alliances.length > 0 ? (
        <section className="card" aria-labelledby="studio-alliances">
          <h2 id="studio-alliances" className="section-title">
            {m('alliances')}
          </h2>
          <ul>
            {studio.alliances.map((membership) => (
              <li key={`${membership.alliance.id}-${membership.joinedOn}`}>
                {membership.alliance.name}（{label(membership.alliance.kind)}）
                {membership.leftOn ? m('left', { date: membership.leftOn }) : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {studio.results.length > 0 ? (
        <section className="card" aria-labelledby="studio-results">
          <h2 id="studio-results" className="section-title">
            {m('results')}
          </h2>
          <ul>
            {studio.results.map((item) => (
              <li key={item.id}>
                {item.title} · {label(item.type)} · {item.year} · {label(item.conversionState)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ResultsPage() {
  const { m, label } = useInnovationText();
  const [type, setType] = useState<ResultType | null>(null);
  const [result, reexecute] = useQuery({
    query: InnovationResultsQuery,
    variables: { filter: { type }, first: 50, after: null },
  });
  useEffect(() => {
    document.title = m('resultsTitle');
  }, [m]);
  const list = result.data?.innovationResults;
  const connection = list?.__typename === 'QueryInnovationResultsSuccess' ? list.data : null;
  return (
    <>
      <section className="card">
        <Link href={studiosPath}>{m('back')}</Link>
        <h1 className="page-title">{m('resultsTitle')}</h1>
        <label>
          {m('type')}{' '}
          <select
            value={type ?? ''}
            onChange={(event) => setType((event.target.value || null) as ResultType | null)}
          >
            <option value="">{m('any')}</option>
            {TYPES.map((code) => (
              <option key={code} value={code}>
                {label(code)}
              </option>
            ))}
          </select>
        </label>
      </section>
      {result.error ? (
        <TransportError
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      <section className="card" aria-labelledby="result-count">
        <h2 id="result-count" className="section-title">
          {m('totalResults', { total: connection?.totalCount ?? 0 })}
        </h2>
        {result.fetching && !connection ? <LoadingRows rows={4} /> : null}
        {connection && connection.edges.length === 0 ? (
          <p className="muted">{m('emptyResults')}</p>
        ) : null}
        <ul className="innovation-list" data-testid="result-list">
          {connection?.edges.map(({ node }) => (
            <li key={node.id} className="innovation-item">
              <strong>{node.title}</strong> · {label(node.type)} · {node.year}
              <div className="muted">
                {m('firstCompleter', { name: node.firstCompleter })} ·{' '}
                {m('benefit', { amount: fenToWanYuan(node.economicBenefitFen) })}
                {node.patentNumber ? ` · ${m('patent', { number: node.patentNumber })}` : ''} ·{' '}
                {label(node.conversionState)}
              </div>
              {node.awards.length > 0 ? (
                <div className="muted">{node.awards.join('；')}</div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The innovation pages (issue 6): studio directory, a studio, the results showcase. */
export default function InnovationPages() {
  const route = parseInnovationRoute(usePathname());
  if (!route) return null;
  switch (route.name) {
    case 'studios':
      return <StudiosPage />;
    case 'studio':
      return <StudioPage key={route.id} id={route.id} />;
    case 'results':
      return <ResultsPage />;
  }
}
