import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link, usePathname } from '../../app/router';
import { LoadingRows, TransportError, TypedError } from '../organization/feedback';
import { useCompetitionText } from './messages';
import { PublicCompetitionQuery, PublicCompetitionsQuery } from './queries';
import { competitionPath, competitionsPath, parseCompetitionRoute } from './routes';

function marks(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100);
}

function CompetitionList() {
  const { c, label } = useCompetitionText();
  const [after, setAfter] = useState<string | null>(null);
  const [shown, setShown] = useState<
    {
      id: string;
      name: string;
      kind: string;
      competitionClass: string;
      trade: string | null;
      year: number;
      organizerName: string;
      resultsPublished: boolean;
    }[]
  >([]);
  const [result, reexecute] = useQuery({
    query: PublicCompetitionsQuery,
    variables: { first: 20, after },
  });
  const list = result.data?.competitions;
  const connection = list?.__typename === 'QueryCompetitionsSuccess' ? list.data : null;
  useEffect(() => {
    document.title = c('pageTitle');
  }, [c]);
  useEffect(() => {
    if (!connection) return;
    const nodes = connection.edges.map((edge) => edge.node);
    setShown((current) =>
      after === null
        ? nodes
        : [...current, ...nodes.filter((n) => !current.some((s) => s.id === n.id))],
    );
  }, [connection, after]);
  const figures = result.data?.competitionFigures;
  if (result.error) return <TransportError error={result.error} onRetry={() => reexecute()} />;
  return (
    <section className="card">
      <h1>{c('pageTitle')}</h1>
      <p>{c('intro')}</p>
      {figures?.__typename === 'CompetitionFigures' && (
        <p className="competition-figures">{c('figures', figures)}</p>
      )}
      {result.fetching && shown.length === 0 ? (
        <LoadingRows rows={4} />
      ) : shown.length === 0 ? (
        <p>{c('empty')}</p>
      ) : (
        <ul className="competition-list">
          {shown.map((competition) => (
            <li key={competition.id}>
              <Link href={competitionPath(competition.id)}>{competition.name}</Link>
              <div className="competition-meta">
                {label(competition.kind)} · {label(competition.competitionClass)}
                {competition.trade ? ` · ${competition.trade}` : ''} · {competition.organizerName} ·{' '}
                {competition.resultsPublished ? c('published') : c('unpublished')}
              </div>
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          {c('more')}
        </button>
      )}
    </section>
  );
}

function CompetitionDetail({ id }: { id: string }) {
  const { c, label } = useCompetitionText();
  const [result, reexecute] = useQuery({ query: PublicCompetitionQuery, variables: { id } });
  const competition = result.data?.competition;
  useEffect(() => {
    if (competition?.__typename === 'Competition') document.title = competition.name;
  }, [competition]);
  if (result.error) return <TransportError error={result.error} onRetry={() => reexecute()} />;
  if (result.fetching && !competition) return <LoadingRows rows={6} />;
  if (!competition) return <TypedError typename="NotFoundError" message={c('notFound')} />;
  if (competition.__typename !== 'Competition') {
    return <TypedError typename={competition.__typename} message={competition.message} />;
  }
  const labour = competition.kind === 'LABOUR_PROJECT';
  return (
    <article className="card competition-detail">
      <Link href={competitionsPath}>{c('back')}</Link>
      <h1>{competition.name}</h1>
      <p>
        {label(competition.kind)} · {label(competition.competitionClass)}
        {competition.trade ? ` · ${competition.trade}` : ''}
      </p>
      <dl className="facts">
        <dt>{c('organizer')}</dt>
        <dd>{competition.organizerName}</dd>
        {competition.coOrganizers.length > 0 && (
          <>
            <dt>{c('coOrganizers')}</dt>
            <dd>{competition.coOrganizers.join('、')}</dd>
          </>
        )}
        <dt>{c('dates')}</dt>
        <dd>
          {String(competition.startsOn)} – {String(competition.endsOn)}
        </dd>
      </dl>
      {competition.description && <p>{competition.description}</p>}
      {labour ? (
        <>
          <h2>{c('leaderboard')}</h2>
          <table className="competition-results" data-testid="labour-leaderboard">
            <thead>
              <tr>
                <th>{c('rank')}</th>
                <th>{c('unit')}</th>
                <th>{c('cumulative')}</th>
                <th>{c('periods')}</th>
                <th>{c('redFlags')}</th>
              </tr>
            </thead>
            <tbody>
              {competition.labourLeaderboard.map((row) => (
                <tr key={row.publicName}>
                  <td>{row.rank}</td>
                  <td>{row.publicName}</td>
                  <td>{marks(row.cumulativeScore)}</td>
                  <td>{row.periodsScored}</td>
                  <td>{'🚩'.repeat(row.redFlags)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{c('periodFlags')}</h2>
          <ul>
            {competition.labourPeriods.map((period) => (
              <li key={period.stageId}>
                {period.name}：
                {period.redFlagNames.length > 0 ? period.redFlagNames.join('、') : c('noFlag')}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h2>{c('results')}</h2>
          {competition.resultsPublished ? (
            <table className="competition-results" data-testid="competition-results">
              <thead>
                <tr>
                  <th>{c('rank')}</th>
                  <th>{c('name')}</th>
                  <th>{c('employer')}</th>
                  <th>{c('total')}</th>
                  <th>{c('award')}</th>
                </tr>
              </thead>
              <tbody>
                {competition.results.map((row) => (
                  <tr key={row.id}>
                    <td>{row.rank ?? '—'}</td>
                    <td>
                      {row.publicName}
                      {row.teamMemberNames.length > 0
                        ? `（${row.teamMemberNames.join('、')}）`
                        : ''}
                    </td>
                    <td>{row.employerName}</td>
                    <td>{marks(row.totalScore)}</td>
                    <td>{row.award ? label(row.award) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{c('noResults')}</p>
          )}
        </>
      )}
    </article>
  );
}

/** The competitions section (its own chunk): the list and a competition's results. */
export default function CompetitionPages() {
  const pathname = usePathname();
  const route = parseCompetitionRoute(pathname);
  if (route?.kind === 'detail') return <CompetitionDetail id={route.id} />;
  return <CompetitionList />;
}
