import { createRoot } from 'react-dom/client';
import { Portal } from './portal.js';
import { readPortalConfig } from './portal-config.js';

createRoot(document.getElementById('portal')!).render(
  <Portal config={readPortalConfig(document)} baseUrl={window.location.origin} />,
);
