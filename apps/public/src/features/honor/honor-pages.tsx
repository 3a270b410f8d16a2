import { lazy, Suspense, useEffect } from 'react';
import { usePathname } from '../../app/router';
import { LoadingRows } from '../organization/feedback';
import { HonoreePage } from './honoree-page';
import { NoticesPage } from './notices-page';
import { RollPage } from './roll-page';
import { parseHonorRoute } from './routes';
import { StatsPage } from './stats-page';
import { VerifyPage } from './verify-page';

// The certificate page is a chunk of its own: it alone carries the QR encoder, so the roll,
// the profiles and the verify page do not.
const CertificatePage = lazy(() => import('./certificate-page'));

// Read when the chunk loads, before any honor page has replaced it (a parent's effect would run
// after its children's and see theirs). A server render has no document; a page it drew carries
// its own description, so the site's is read from the markup's data attribute there.
const indexDescription =
  typeof document === 'undefined'
    ? null
    : (document.querySelector('meta[name="description"]')?.getAttribute('data-site-content') ??
      document.querySelector('meta[name="description"]')?.getAttribute('content') ??
      null);

/**
 * The honor pages (issue 5): 劳模工匠风采, an honoree, 荣誉统计, 评选公示 and 证书验证. Loaded
 * as their own chunk (the certificate page as one more), so the organisation pages do not carry them; returns null for a path that
 * is not theirs.
 */
export default function HonorPages() {
  const route = parseHonorRoute(usePathname());

  // The pages set their own meta description; leaving them restores index.html's.
  useEffect(
    () => () => {
      const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
      if (meta && indexDescription !== null) meta.content = indexDescription;
    },
    [],
  );

  if (!route) return null;
  switch (route.name) {
    case 'roll':
      return <RollPage />;
    case 'honoree':
      return <HonoreePage key={route.id} id={route.id} />;
    case 'stats':
      return <StatsPage />;
    case 'notices':
      return <NoticesPage />;
    case 'verify':
      return <VerifyPage code={route.code} />;
    case 'certificate':
      return (
        <Suspense
          fallback={
            <div className="card">
              <LoadingRows rows={4} />
            </div>
          }
        >
          <CertificatePage key={route.code} code={route.code} />
        </Suspense>
      );
  }
}
