// Entry point: `npm start` (after the build) or `node server/index.js`.
import path from 'node:path';
import { buildServer } from './app.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const distDir = process.env.QADAM_DIST ?? path.resolve('dist');
const dataDir = process.env.QADAM_DATA ?? path.resolve('data');

const app = await buildServer({ distDir, dataDir });
const close = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
await app.listen({ port, host });
