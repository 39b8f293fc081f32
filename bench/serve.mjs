/**
 * A tiny server on 127.0.0.1 for the bench's own pages. Heavy pages live under /demo/contacts/ because the
 * content script matches http://127.0.0.1/demo/* and the demo adapter reads /demo/contacts/<id> records.
 */
import { createServer } from 'node:http';

/** @param {Record<string, { type: string, body: string | Buffer, headers?: Record<string, string> }>} routes  path → response */
export function serve(routes) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (!route) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...route.headers }).end(route.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export const html = (body) => ({ type: 'text/html; charset=utf-8', body });
export const js = (body) => ({ type: 'text/javascript; charset=utf-8', body });

/** Cross-origin isolation: performance.now() then ticks in 5 µs steps instead of 100 µs. */
export const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
