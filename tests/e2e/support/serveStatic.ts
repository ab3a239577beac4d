import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
};

/** A running static server and how to stop it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves a built site on 127.0.0.1 (random port) like a static host: dir/ → index.html, else 404.html with status 404. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      let path = '/';
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      } catch {
        // A malformed escape is just a page that does not exist.
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, normalize(path));
      try {
        if (!file.startsWith(root)) throw new Error('outside the site');
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      } catch {
        const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
        response.writeHead(404, { 'content-type': types['.html'] });
        response.end(body);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
