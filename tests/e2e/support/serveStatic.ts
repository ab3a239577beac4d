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
  '.webmanifest': 'application/manifest+json',
};

/** A running static server and how to stop it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
  /** Takes the network away (every request's connection is dropped) or gives it back. */
  setOffline: (offline: boolean) => void;
}

/** How to serve: under a sub-path such as "/news/" (default "/"), and extra headers for every response. */
export interface ServeOptions {
  prefix?: string;
  headers?: Record<string, string>;
}

/** Serves a built site on 127.0.0.1 (random port) like a static host: dir/ → index.html, else 404.html with status 404. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? '/';
  const extra = options.headers ?? {};
  let offline = false;
  const server = createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    void (async () => {
      let path = '/';
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      } catch {
        // A malformed escape is just a page that does not exist.
      }
      // Outside the sub-path nothing exists; inside it, paths map onto the folder.
      const underPrefix = path.startsWith(prefix);
      path = `/${path.slice(prefix.length)}`;
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, normalize(path));
      try {
        if (!underPrefix || !file.startsWith(root)) throw new Error('outside the site');
        const body = await readFile(file);
        response.writeHead(200, {
          ...extra,
          'content-type': types[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      } catch {
        const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
        response.writeHead(404, { ...extra, 'content-type': types['.html'] });
        response.end(body);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setOffline: (value) => {
      offline = value;
      // Kept-alive connections would otherwise still answer.
      if (value) server.closeIdleConnections();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
