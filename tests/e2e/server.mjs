// A static file server for the built app (dist/), for tests and benchmarks only.
// Sends the strict Content-Security-Policy of the README unless told not to, and records
// every request so tests can prove the page asks for nothing but its own files.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { allowlist } from '../../site/embed/embed-origins.js';

// The README's policy for the standalone page: framed by no one (only embed.html may be framed),
// no form sent anywhere, and Trusted Types: no string reaches an HTML or script sink.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The policy of one response. embed.html (the iframe mode) may be framed only by the origins in
 * embed-origins.json, the one list its script also checks messages against, read as the widget
 * reads it (embed-origins.js: malformed entries left out); `policy.embedOrigins` (its entries)
 * replaces that list (tests run on ports chosen at start), and is then what /embed-origins.json
 * says too. `policy.frameSrc` lists the origins a host page may frame.
 */
function policyFor(pathname, root, policy, page = {}) {
  if (pathname.endsWith('/embed.html')) {
    const origins = embedOrigins(root, policy);
    return CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origins.length ? origins.join(' ') : "'none'"}`);
  }
  // A test page standing for another site's page that lets itself be framed.
  const csp = page.frameAncestors ? CSP.replace("frame-ancestors 'none'", `frame-ancestors ${page.frameAncestors}`) : CSP;
  return policy.frameSrc?.length ? `${csp}; frame-src ${policy.frameSrc.join(' ')}` : csp;
}

function embedOrigins(root, policy) {
  let json = { origins: policy.embedOrigins };
  if (!policy.embedOrigins) {
    try {
      json = JSON.parse(fs.readFileSync(path.join(root, 'embed-origins.json'), 'utf8'));
    } catch {
      return [];
    }
  }
  return [...allowlist(json, () => {}).keys()];
}

/**
 * The file under `root` that a request's path names, or null when the path leaves `root` (`..`,
 * an encoded `%2e%2e%2f`, an absolute path) or is not a valid escape (`%E0%A4%A`): decoded once,
 * then checked with `path.relative`, so `/distX/…` beside a root `/dist` is outside too.
 */
export function inside(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.sep + decoded);
  const rel = path.relative(root, file);
  const outside = rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel);
  return outside ? null : file;
}

/**
 * Starts a server on 127.0.0.1 (port 0 = any free port). Returns { url, origin, close, requests
 * (paths), targets (each request's target as sent: path and query), cspReports }. `policy`
 * ({ embedOrigins, frameSrc }) is read at each request, so a test may set it once the other
 * servers' origins are known.
 */
export async function serve(dir, { port = 0, csp = true, extraPages = {}, compress = false, policy = {} } = {}) {
  const root = path.resolve(dir);
  const requests = [];
  // Each request's target exactly as the browser sent it (path and query: what a server sees).
  const targets = [];
  const cspReports = [];
  const compressed = new Map(); // file + encoding -> bytes, as a production server caches
  const squeeze = (file, enc, data) => {
    const key = `${enc}:${file}`;
    if (!compressed.has(key)) {
      compressed.set(key, enc === 'br'
        ? zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(data, { level: 9 }));
    }
    return compressed.get(key);
  };
  const server = http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://127.0.0.1');
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(url.pathname);
    targets.push(req.url);
    if (url.pathname === '/csp-report' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        cspReports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/embed-origins.json' && policy.embedOrigins) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ origins: policy.embedOrigins }));
      return;
    }
    if (extraPages[url.pathname]) {
      // { body, type, status, headers, frameAncestors, chunked (sent in two writes, without a
      // Content-Length) }
      const page = extraPages[url.pathname];
      res.writeHead(page.status || 200, {
        'content-type': page.type || 'text/html; charset=utf-8',
        ...(csp ? { 'content-security-policy': policyFor(url.pathname, root, policy, page) } : {}),
        ...page.headers,
      });
      if (page.chunked) res.write(page.body.slice(0, page.body.length >> 1));
      res.end(page.chunked ? page.body.slice(page.body.length >> 1) : page.body);
      return;
    }
    const file = inside(root, url.pathname);
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    const wanted = fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    fs.readFile(wanted, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'content-type': TYPES[path.extname(wanted)] || 'application/octet-stream' };
      if (!compress) headers['cache-control'] = 'no-store';
      if (csp) headers['content-security-policy'] = policyFor(url.pathname, root, policy) + '; report-uri /csp-report';
      // As a production server would: brotli or gzip on the fly (benchmarks only).
      const accepts = req.headers['accept-encoding'] || '';
      if (compress && /\bbr\b/.test(accepts)) {
        headers['content-encoding'] = 'br';
        data = squeeze(wanted, 'br', data);
      } else if (compress && /\bgzip\b/.test(accepts)) {
        headers['content-encoding'] = 'gzip';
        data = squeeze(wanted, 'gzip', data);
      }
      if (compress) headers['vary'] = 'accept-encoding';
      res.writeHead(200, headers).end(data);
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}/`,
    origin: `http://127.0.0.1:${actual}`,
    requests,
    targets,
    cspReports,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// `node tests/e2e/server.mjs [dir] [port]` serves a folder until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  const s = await serve(dir, { port });
  console.log(`Serving ${dir} at ${s.url} (Ctrl+C to stop)`);
}
