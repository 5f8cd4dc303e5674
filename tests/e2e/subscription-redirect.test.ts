/**
 * A subscribed address that redirects to plain http, in Chromium with the test build: the
 * background's fetch does not follow it (redirect: 'manual'), so the http address is never
 * requested, and the subscription is refused with the reason.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { BUNDLED_PACKS } from '../../rules/index';
import { exportPack } from '../../rules/import/index';
import { launchWithExtension, type LoadedExtension } from '../../scripts/browser/browser';
import { ask } from '../../scripts/browser/control';

let ext: LoadedExtension;
let control: Page;
let server: Server;
let origin: string;
const requests: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/redirect.json') res.writeHead(302, { location: `${origin}/leak.json?path=secret` }).end();
    else
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(exportPack({ ...BUNDLED_PACKS[2]!, id: 'leaked-pack' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ext = await launchWithExtension('test');
  control = await ext.openPage('options.html');
});
after(async () => {
  await ext?.close();
  await new Promise((done) => server?.close(done));
});

test('a redirect from the subscribed address is not followed: the target is never requested', async () => {
  const reply = await ask(control, 'subscribe', { url: `${origin}/redirect.json` });
  assert.equal(reply.ok, false);
  assert.match(!reply.ok ? reply.error : '', /redirects.*subscribe to the final address/);
  assert.deepEqual(requests, ['/redirect.json'], 'only the subscribed address was requested');
});
