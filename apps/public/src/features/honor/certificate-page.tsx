import './certificate.css';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link } from '../../app/router';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from '../organization/feedback';
import { certificateDate, verifyUrl } from './certificate-format';
import { useCertificateText } from './certificate-messages';
import { qrMatrix, qrPathData, qrQuietZone } from './certificate-qr';
import { formatInstantDate } from './format';
import { usePageMeta } from './page-meta';
import { honoreeHref, verifyHref } from './routes';

// Here rather than in queries.ts: only this chunk asks for it. The verification and the title
// catalogue (for the awarding body) in one request.
const CertificateQuery = graphql(`
  query PublicCertificate($code: String!) {
    verifyCertificate(code: $code) {
      __typename
      ... on CertificateVerification {
        status
        revokedAt
        titleName
        year
        honoree {
          id
          name
          employerName
          titleCode
          titleName
          subject
          year
          certificateCode
          publishedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
    honorTitles {
      code
      awardingBody
    }
  }
`);

/** The QR code of a URL as an SVG path drawn here (no image request, works offline). */
function QrCode({ value, label }: { value: string; label: string }) {
  const matrix = useMemo(() => qrMatrix(value), [value]);
  const extent = matrix.length + 2 * qrQuietZone;
  return (
    <svg
      className="certificate-qr"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
      data-testid="certificate-qr"
      data-verify-url={value}
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={qrPathData(matrix)} fill="#000" />
    </svg>
  );
}

/**
 * 荣誉证书 (/certificates/:code): for a valid code an A4 certificate (name, employer, title, year,
 * awarding body, date, the verification code and a QR code of this site's /verify/<code>), with
 * 打印 / 保存为 PDF through the browser's print dialog (certificate.css lays it out on A4 and hides
 * the site around it). A revoked or unknown code says so and draws no certificate.
 */
export default function CertificatePage({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const c = useCertificateText();
  const [result, reexecute] = useQuery({
    query: CertificateQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const answer = result.data?.verifyCertificate;
  const verification = answer?.__typename === 'CertificateVerification' ? answer : null;
  const honoree = verification?.status === 'VALID' ? verification.honoree : null;

  usePageMeta(
    [honoree?.name, c('pageTitle'), t('site.name')].filter(Boolean).join(' · '),
    honoree
      ? c('description', { name: honoree.name, title: honoree.titleName, year: honoree.year })
      : t('honor.verify.description'),
  );

  if (result.error && !answer) {
    return (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!answer) {
    return (
      <div className="card">
        <LoadingRows rows={4} />
      </div>
    );
  }

  const verifyAction = (
    <p className="card-actions">
      <Link href={verifyHref(code)} className="button">
        {c('verifyLink')}
      </Link>
    </p>
  );

  if (verification?.status === 'REVOKED') {
    return (
      <section
        className="card verify-result revoked"
        role="status"
        data-testid="certificate-status"
      >
        <h1 className="verify-status">
          <span className="verify-mark" aria-hidden="true">
            ✕
          </span>
          {c('revokedTitle')}
        </h1>
        <p className="card-text">
          {c('revokedBody', {
            title: verification.titleName ?? '',
            date: formatInstantDate(verification.revokedAt, locale),
          })}
        </p>
        {verifyAction}
      </section>
    );
  }
  if (verification?.status === 'VALID' && !honoree) {
    return (
      <section className="card verify-result valid" role="status" data-testid="certificate-status">
        <h1 className="verify-status">{c('hiddenTitle')}</h1>
        <p className="card-text">{c('hiddenBody')}</p>
        {verifyAction}
      </section>
    );
  }
  if (!honoree) {
    // UNKNOWN, or a code the API refused outright (too long): the same to the reader.
    return (
      <section
        className="card verify-result unknown"
        role="status"
        data-testid="certificate-status"
      >
        <h1 className="verify-status">
          <span className="verify-mark" aria-hidden="true">
            ?
          </span>
          {c('unknownTitle')}
        </h1>
        <p className="card-text">{t('honor.verify.unknownBody', { code })}</p>
        {verifyAction}
      </section>
    );
  }

  // The code as the API stores it (a visitor may have typed it in lower case or without hyphens).
  const printedCode = honoree.certificateCode;
  const url = verifyUrl(window.location.origin, printedCode);
  const awardingBody =
    result.data?.honorTitles.find((title) => title.code === honoree.titleCode)?.awardingBody ??
    null;
  const issuedOn =
    locale === 'zh-CN'
      ? certificateDate(honoree.publishedAt)
      : formatInstantDate(honoree.publishedAt, locale);

  return (
    <>
      <div className="certificate-toolbar">
        <nav className="back-link">
          <Link href={honoreeHref(honoree.id)}>‹ {c('back')}</Link>
        </nav>
        <div className="certificate-actions">
          <button type="button" className="button button-solid" onClick={() => window.print()}>
            {c('print')}
          </button>
          <Link href={verifyHref(printedCode)} className="button">
            {c('verifyLink')}
          </Link>
        </div>
        <p className="certificate-print-hint">{c('printHint')}</p>
      </div>
      <article className="certificate-sheet" aria-labelledby="certificate-heading" lang={locale}>
        <div className="certificate-frame">
          <div className="certificate-emblem" aria-hidden="true">
            工
          </div>
          <h1 id="certificate-heading" className="certificate-heading">
            {c('heading')}
          </h1>
          <div className="certificate-text">
            <p className="certificate-salutation" data-testid="certificate-name">
              {c(honoree.subject === 'PERSON' ? 'salutationPerson' : 'salutationOther', {
                name: honoree.name,
              })}
            </p>
            <p className="certificate-paragraph">
              {c('body', { year: honoree.year, title: honoree.titleName })}
            </p>
            <p className="certificate-paragraph">{c('closing')}</p>
            <p className="certificate-employer">
              {c('employer', { employer: honoree.employerName })}
            </p>
          </div>
          <div className="certificate-issuer">
            {awardingBody ? <p>{awardingBody}</p> : null}
            {issuedOn ? <p>{issuedOn}</p> : null}
          </div>
          <footer className="certificate-verify">
            <QrCode value={url} label={c('qrLabel', { url })} />
            <div className="certificate-verify-text">
              <p className="certificate-code-label">{c('codeLabel')}</p>
              <p className="certificate-code" data-testid="certificate-code">
                {printedCode}
              </p>
              <p className="certificate-scan-hint">{c('scanHint')}</p>
              <a className="certificate-url" href={url} data-testid="certificate-verify-url">
                {url}
              </a>
            </div>
          </footer>
        </div>
      </article>
    </>
  );
}
