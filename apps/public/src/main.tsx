import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readServerState } from './app/ssr-state';
import { createUrqlClient } from './app/urql-client';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The gateway server-renders some pages (the honor roll, entry-server.tsx): the browser takes
// over the markup it sent, with the API answers it was drawn from, instead of drawing anew.
const state = readServerState(document);
if (state && container.firstElementChild) {
  const { client } = createUrqlClient({ ssr: { mode: 'client', data: state.data } });
  const hydrate = () =>
    hydrateRoot(
      container,
      <StrictMode>
        <App client={client} serverLocale={state.locale} />
      </StrictMode>,
    );
  // The markup is the page already: let the browser paint it first, then take it over (a
  // timer set in an animation frame runs after that frame is painted). Hydrating draws the
  // whole page with React, which on a slow phone would otherwise hold the first paint back.
  requestAnimationFrame(() => setTimeout(hydrate, 0));
} else {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
