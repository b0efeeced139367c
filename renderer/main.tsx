import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromAddress } from './api-client';
import { PrintRoot } from './pages/reports/print/PrintRoot';
import { WorkspaceGate } from './WorkspaceGate';

takeTokenFromAddress();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <WorkspaceGate>
      <PrintRoot />
    </WorkspaceGate>
  </StrictMode>,
);
