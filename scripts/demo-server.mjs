/**
 * Serves the bundled demo CRM on 127.0.0.1 (for `npm start` and the browser tests): realistic contact records
 * under /demo/contacts/<id>, where Precall's content script runs. Any fixture is also reachable under /fixtures/.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const ROUTES = {
  '/demo/contacts': 'demo/contacts-list.html',
  '/demo/contacts/1042': 'demo/contact.html',
  '/demo/contacts/1043': 'demo/contact-2.html',
};

async function respond(request, response) {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/demo') {
    response.writeHead(302, { location: '/demo/contacts/1042' }).end();
    return;
  }
  const fixture = ROUTES[path] ?? (path.startsWith('/fixtures/') ? path.slice('/fixtures/'.length) : null);
  const file = fixture && normalize(join(FIXTURES, fixture));
  if (!file || !file.startsWith(FIXTURES)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  try {
    const body = await readFile(file);
    const type = file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** @param {{ port?: number }} [options] @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export function startDemoServer({ port = 0 } = {}) {
  const server = createServer((request, response) => void respond(request, response));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
