import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './App';
import './styles.css';
import { workspace } from './workspace/workspace';

// Before the first render: with the start data in the page, the draft is in the store already.
void workspace.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
