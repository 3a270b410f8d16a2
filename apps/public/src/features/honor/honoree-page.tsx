import { useQuery } from 'urql';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';
import { studioPagePath } from '../innovation/routes';
import { LoadingRows, TransportError } from '../organization/feedback';
import { formatInstantDate } from './format';
import { usePageMeta } from './page-meta';
import { HonoreeQuery } from './queries';
import { regionName } from './regions';
import { certificateHref, honorRollPath, verifyHref } from './routes';
import { HonoreePhoto, useLevelLabel } from './ui';

/** One honoree (/honors/:id): the public fields, the story, and how to verify the certificate. */
export function HonoreePage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const levelLabel = useLevelLabel();
  const [result, reexecute] = useQuery({ query: HonoreeQuery, variables: { id } });
  const answer = result.data?.honoree;
  const honoree = answer?.__typename === 'Honoree' ? answer : null;

  usePageMeta(
    [honoree?.name, t('honor.roll.title'), t('site.name')].filter(Boolean).join(' · '),
    honoree
      ? t('honor.profile.description', {
          name: honoree.name,
          title: honoree.titleName,
          year: honoree.year,
          employer: honoree.employerName,
        })
      : t('honor.roll.description'),
  );

  const back = (
    <nav className="back-link">
      <Link href={honorRollPath}>‹ {t('honor.profile.back')}</Link>
    </nav>
  );

  if (result.error && !result.data) {
    return (
      <>
        {back}
        <TransportError
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </>
    );
  }
  if (!result.data || result.fetching) {
    return (
      <>
        {back}
        <div className="card">
          <LoadingRows rows={5} />
        </div>
      </>
    );
  }
  if (!honoree) {
    // null (unknown, revoked, not public) or a ValidationError (a malformed id): the same to
    // the reader.
    return (
      <>
        {back}
        <div className="error-box" role="alert">
          <p className="error-title">{t('honor.profile.notFoundTitle')}</p>
          <p className="error-body">{t('honor.profile.notFoundBody')}</p>
          <Link href={honorRollPath} className="button">
            {t('honor.profile.back')}
          </Link>
        </div>
      </>
    );
  }

  return (
    <>
      {back}
      <article className="card honoree" aria-labelledby="honoree-name">
        <header className="honoree-head">
          <HonoreePhoto name={honoree.name} photoUrl={honoree.photoUrl} size="profile" />
          <div className="honoree-head-main">
            <h1 id="honoree-name" className="org-title">
              {honoree.name}
            </h1>
            <p className="honoree-title">{honoree.titleName}</p>
            <p className="honoree-employer">{honoree.employerName}</p>
          </div>
        </header>
        <dl className="facts">
          <div>
            <dt>{t('honor.profile.level')}</dt>
            <dd>{levelLabel(honoree.level)}</dd>
          </div>
          <div>
            <dt>{t('honor.profile.year')}</dt>
            <dd className="numeric">{t('honor.year', { year: honoree.year })}</dd>
          </div>
          <div>
            <dt>{t('honor.profile.region')}</dt>
            <dd>{regionName(honoree.regionCode, locale)}</dd>
          </div>
          <div>
            <dt>{t('honor.profile.industry')}</dt>
            <dd>{honoree.industry ?? t('common.empty')}</dd>
          </div>
          <div>
            <dt>{t('honor.profile.published')}</dt>
            <dd>{formatInstantDate(honoree.publishedAt, locale)}</dd>
          </div>
        </dl>
      </article>
      <section className="card honoree-story" aria-labelledby="honoree-story">
        <h2 id="honoree-story" className="section-title">
          {t('honor.profile.story')}
        </h2>
        {honoree.citation ? (
          <p className="story-text">{honoree.citation}</p>
        ) : (
          <p className="empty">{t('honor.profile.noStory')}</p>
        )}
      </section>
      {honoree.ledStudios.length > 0 ? (
        <section className="card honoree-studios" aria-labelledby="honoree-studios">
          <h2 id="honoree-studios" className="section-title">
            {t('honor.profile.studios')}
          </h2>
          <ul className="org-list" data-testid="honoree-studios">
            {honoree.ledStudios.map((studio) => (
              <li key={studio.id} className="org-item">
                <Link href={studioPagePath(studio.id)}>{studio.name}</Link>
                <span>
                  {' · '}
                  {studio.stars === null
                    ? t('honor.profile.studioUnrated')
                    : t('honor.profile.studioStars', { stars: studio.stars })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card honoree-certificate" aria-labelledby="honoree-certificate">
        <h2 id="honoree-certificate" className="section-title">
          {t('honor.profile.certificate')}
        </h2>
        <p className="card-text">{t('honor.profile.certificateBody')}</p>
        <p className="card-text honoree-code">
          {t('honor.profile.codeLabel')}
          <strong className="numeric" data-testid="certificate-code">
            {honoree.certificateCode}
          </strong>
        </p>
        <p className="card-actions">
          <Link href={certificateHref(honoree.certificateCode)} className="button button-solid">
            {t('honor.profile.certificateLink')}
          </Link>
          <Link href={verifyHref(honoree.certificateCode)} className="button">
            {t('honor.profile.verifyLink')}
          </Link>
        </p>
      </section>
    </>
  );
}
