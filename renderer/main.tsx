import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './App';
import './styles.css';
import { workspace } from './workspace/workspace';

// Before the first render: with the start data in the page, the draft is in the store already.
void workspace.start();

// Rendered at once rather than in a later task: the draft is drawn in the first frame it can be.
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
