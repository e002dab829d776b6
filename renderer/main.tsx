import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialLocale, setupI18n } from './i18n/setup';
import './app/global.css';
import './app/map-keyboard.css';
import './app/reflow.css';
import './app/contrast.css';
import './app/focus.css';

const locale = initialLocale();
void setupI18n(locale).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  createRoot(root).render(
    <StrictMode>
      <App initialLocale={locale} />
    </StrictMode>,
  );
});
