// Once per e2e run: compile content and build versions A and B of the app.
import { buildApp, buildContent, DIST_A, DIST_B } from './builds.js';
import { chromiumPath } from './chromium.js';

export default async function setup() {
  chromiumPath(); // fail fast, with one clear line, if there is no browser
  buildContent();
  await buildApp(DIST_A, 'e2e-a');
  await buildApp(DIST_B, 'e2e-b');
}
