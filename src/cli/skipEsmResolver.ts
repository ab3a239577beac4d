// Eleventy registers an ESM resolve hook so that watch mode can re-import changed JS files. On
// Node 20 the hook runs on a loader thread of its own, and every later import waits on it. A
// one-off build never re-imports, so the build CLI turns the hook off before Eleventy loads; it is
// imported first for that reason. The dev server (`eleventy --serve`) keeps the hook.
process.env['ELEVENTY_SKIP_ESM_RESOLVER'] ??= '1';
