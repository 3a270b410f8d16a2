import { type FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link, navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';
import { LoadingRows, TransportError } from '../organization/feedback';
import { certificateCodeForUrl, formatInstantDate, maxCertificateCodeLength } from './format';
import { usePageMeta } from './page-meta';
import { VerifyCertificateQuery } from './queries';
import { certificateHref, honoreeHref, verifyHref } from './routes';
import { useLevelLabel } from './ui';

/**
 * 证书验证 (/verify, and /verify/:code for the certificate's QR code): a code box; a code in the
 * URL is checked at once and says 有效 (with the award), 已撤销 (with the date) or 查无此证书.
 */
export function VerifyPage({ code }: { code: string | null }) {
  const { t } = useI18n();
  const [input, setInput] = useState(code ?? '');
  const [missing, setMissing] = useState(false);
  useEffect(() => setInput(code ?? ''), [code]);
  usePageMeta(
    [code ? t('honor.verify.pageTitle', { code }) : null, t('honor.verify.title'), t('site.name')]
      .filter(Boolean)
      .join(' · '),
    t('honor.verify.description'),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = certificateCodeForUrl(input);
    setMissing(value === '');
    if (value) navigate(verifyHref(value));
  };

  return (
    <>
      <div className="intro">
        <h1 className="page-title">{t('honor.verify.title')}</h1>
        <p className="page-intro">{t('honor.verify.intro')}</p>
      </div>
      <form className="card verify-form" onSubmit={submit} noValidate>
        <label htmlFor="certificate-code">{t('honor.verify.label')}</label>
        <div className="verify-row">
          <input
            id="certificate-code"
            type="text"
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={maxCertificateCodeLength}
            placeholder={t('honor.verify.placeholder')}
            value={input}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'certificate-code-error' : undefined}
            onChange={(event) => setInput(event.target.value)}
          />
          <button type="submit" className="button button-solid">
            {t('honor.verify.submit')}
          </button>
        </div>
        {missing ? (
          <p id="certificate-code-error" className="field-error" role="alert">
            {t('honor.verify.required')}
          </p>
        ) : null}
      </form>
      {code ? <VerifyResult key={code} code={code} /> : null}
    </>
  );
}

function VerifyResult({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const levelLabel = useLevelLabel();
  const [result, reexecute] = useQuery({
    query: VerifyCertificateQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const answer = result.data?.verifyCertificate;
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
        <LoadingRows rows={2} />
      </div>
    );
  }
  if (answer.__typename !== 'CertificateVerification') {
    return (
      <section className="card verify-result unknown" role="status" data-testid="verify-result">
        <p className="verify-status">{t('honor.verify.unknown')}</p>
        <p className="card-text">{'message' in answer ? answer.message : ''}</p>
      </section>
    );
  }
  if (answer.status === 'VALID') {
    return (
      <section className="card verify-result valid" role="status" data-testid="verify-result">
        <p className="verify-status">
          <span className="verify-mark" aria-hidden="true">
            ✓
          </span>
          {t('honor.verify.valid')}
        </p>
        <p className="card-text">{t('honor.verify.validBody')}</p>
        <dl className="facts">
          <div>
            <dt>{t('honor.verify.code')}</dt>
            <dd className="numeric">{code}</dd>
          </div>
          <div>
            <dt>{t('honor.verify.award')}</dt>
            <dd>
              {answer.titleName}
              {answer.year ? ` · ${t('honor.year', { year: answer.year })}` : ''}
            </dd>
          </div>
          {answer.honoree ? (
            <>
              <div>
                <dt>{t('honor.verify.holder')}</dt>
                <dd>{answer.honoree.name}</dd>
              </div>
              <div>
                <dt>{t('honor.profile.employer')}</dt>
                <dd>{answer.honoree.employerName}</dd>
              </div>
              <div>
                <dt>{t('honor.profile.level')}</dt>
                <dd>{levelLabel(answer.honoree.level)}</dd>
              </div>
            </>
          ) : null}
        </dl>
        {answer.honoree ? (
          <p className="card-actions">
            <Link href={honoreeHref(answer.honoree.id)} className="button">
              {t('honor.verify.viewProfile')}
            </Link>
            <Link href={certificateHref(answer.honoree.certificateCode)} className="button">
              {t('honor.verify.viewCertificate')}
            </Link>
          </p>
        ) : null}
      </section>
    );
  }
  if (answer.status === 'REVOKED') {
    return (
      <section className="card verify-result revoked" role="status" data-testid="verify-result">
        <p className="verify-status">
          <span className="verify-mark" aria-hidden="true">
            ✕
          </span>
          {t('honor.verify.revoked')}
        </p>
        <p className="card-text">
          {t('honor.verify.revokedBody', { date: formatInstantDate(answer.revokedAt, locale) })}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('honor.verify.code')}</dt>
            <dd className="numeric">{code}</dd>
          </div>
          <div>
            <dt>{t('honor.verify.award')}</dt>
            <dd>
              {answer.titleName}
              {answer.year ? ` · ${t('honor.year', { year: answer.year })}` : ''}
            </dd>
          </div>
        </dl>
      </section>
    );
  }
  return (
    <section className="card verify-result unknown" role="status" data-testid="verify-result">
      <p className="verify-status">
        <span className="verify-mark" aria-hidden="true">
          ?
        </span>
        {t('honor.verify.unknown')}
      </p>
      <p className="card-text">{t('honor.verify.unknownBody', { code })}</p>
    </section>
  );
}
