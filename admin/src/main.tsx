// The NGO dashboard at /admin: its own bundle (vite.admin.config.ts), never part of the family
// app, never precached by the family app's service worker.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './admin.css';

createRoot(document.getElementById('root')!).render(<App />);
