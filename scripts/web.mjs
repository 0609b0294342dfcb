// `npm run web`: browser mode. Builds if needed, then serves the UI and API on 127.0.0.1.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';

buildIfStale();
const server = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js')], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
