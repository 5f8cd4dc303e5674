/**
 * The usual browser-test setup, registered as `before`/`after` hooks: the fixture server, the
 * test build loaded in Chromium, and an options page to send the background messages from.
 */
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../../../scripts/browser/browser';
import { serveFixturePages, type FixtureServer } from '../../../scripts/browser/server';

export interface ExtensionSession {
  readonly ext: LoadedExtension;
  readonly server: FixtureServer;
  readonly control: Page;
}

export function useTestExtension(): ExtensionSession {
  let ext: LoadedExtension | undefined;
  let server: FixtureServer | undefined;
  let control: Page | undefined;
  before(async () => {
    server = await serveFixturePages();
    ext = await launchWithExtension('test');
    control = await ext.openPage('options.html');
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });
  return {
    get ext() {
      return ext!;
    },
    get server() {
      return server!;
    },
    get control() {
      return control!;
    },
  };
}
