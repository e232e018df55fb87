// Renderer entry. zod 4 probes `new Function` for speed, which the strict CSP refuses: switch that
// off before any schema parses (imports are hoisted, but none of them parses at load time).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

import { App } from './app/App';
import './i18n';
import './styles/app.css';

z.config({ jitless: true });

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
