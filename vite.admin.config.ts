// The NGO dashboard (/admin) is its own small Vite build, run after the family app's build
// (`npm run build`). It writes only dist/admin/, after the family service worker's precache list
// has been made, so that list never names a dashboard file, and nothing of the dashboard lands
// in the family app's bundle. The server serves /admin from here (server/admin-page.js).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const root = import.meta.dirname;
const outDir = path.resolve(root, process.env.QADAM_OUT_DIR ?? 'dist', 'admin');

export default defineConfig({
  root: path.join(root, 'admin'),
  base: '/admin/',
  publicDir: false,
  build: {
    target: 'es2020',
    outDir,
    emptyOutDir: true, // dist/admin only: the family app's files next to it are left alone
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  plugins: [react()],
});
