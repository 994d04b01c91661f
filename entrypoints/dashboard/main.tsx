import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '@/components/Dashboard';
import '@/assets/panel.css';
import { prefetchFirstPage } from '@/components/dashboard/firstPage';

prefetchFirstPage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
