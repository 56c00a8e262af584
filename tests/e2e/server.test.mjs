// The test server's own safety: a request's path never leaves the served folder (not by `..`,
// an encoded slash, or into a sibling folder whose name starts like it), and a bad `%` escape
// is refused without stopping the server. Plain HTTP, no browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { serve, inside, CSP } from './server.mjs';

let dir, server;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-server-'));
  fs.mkdirSync(path.join(dir, 'site', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'site', 'index.html'), '<!doctype html><title>ok</title>');
  fs.writeFileSync(path.join(dir, 'site', 'sub', 'a b.txt'), 'inside');
  // A sibling folder whose name starts with the served one's: `startsWith(root)` let it through.
  fs.mkdirSync(path.join(dir, 'site-secret'));
  fs.writeFileSync(path.join(dir, 'site-secret', 'key.txt'), 'secret');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'secret');
  server = await serve(path.join(dir, 'site'));
});
after(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** GET with the path sent exactly as given (fetch would normalise it). */
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: new URL(server.url).port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body, csp: res.headers['content-security-policy'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the server serves its folder and nothing beside it', async () => {
  assert.equal((await get('/')).status, 200);
  assert.equal((await get('/sub/a%20b.txt')).body, 'inside');
  for (const p of ['/..%2fsite-secret/key.txt', '/%2e%2e%2fsite-secret%2fkey.txt', '/..%2foutside.txt', '/sub/..%2f..%2foutside.txt', '/%2fetc%2fpasswd', '/a%00b']) {
    const r = await get(p);
    assert.notEqual(r.status, 200, p);
    assert.ok(!r.body.includes('secret'), p);
  }
  assert.equal(inside('/srv/site', '/..%2fsite-secret/key.txt'), null);
  assert.equal(inside('/srv/site', '/sub/x'), path.join('/srv/site', 'sub', 'x'));
  assert.equal(inside('/srv/site', '/..foo'), path.join('/srv/site', '..foo'), 'a name starting with two dots is inside');
});

test('a bad % escape is refused and the server goes on', async () => {
  for (const p of ['/%', '/%E0%A4%A', '/sub/%zz']) {
    assert.equal((await get(p)).status, 403, p);
  }
  assert.equal(inside('/srv/site', '/%E0%A4%A'), null);
  assert.equal((await get('/')).status, 200, 'still serving');
});

test("the standalone page's policy: framed by no one, no form sent, Trusted Types", async () => {
  const { csp } = await get('/');
  for (const d of ["frame-ancestors 'none'", "form-action 'none'", "require-trusted-types-for 'script'", "trusted-types 'none'"]) {
    assert.ok(csp.includes(d), `${d} in ${csp}`);
  }
  assert.ok(CSP.includes("frame-ancestors 'none'"));
});
