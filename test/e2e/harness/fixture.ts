// One end-to-end fixture: a fresh vault folder, the harness on it, a browser page, and a log of
// every console error and CSP violation the page produced (tests assert there are none).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import type { Result } from '../../../db/api';
import type { DevInput as Input, DevMethodName as MethodName, DevOutput as Output } from '../../../db/dev/dev-api';

import { launchBrowser } from './browser';
import { startHarness, type Harness } from './server';

/** The value of a harness call, or a thrown error naming the method's failure. */
/** A calendar day relative to the backend's today (UTC), for dates a test enters. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export async function ok<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`Harness call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A method called on the app's harness, typed from the contract: its value, or a thrown failure. */
export function send<M extends MethodName>(app: E2E, method: M, input: Input<M>): Promise<Output<M>> {
  return ok(app.harness.call(method, input));
}

/** The same with the value's shape named by the caller (older tests); prefer send. */
export function call<T>(app: E2E, method: MethodName, input: unknown): Promise<T> {
  return ok(app.harness.call(method, input as Input<MethodName>)) as Promise<T>;
}

export interface E2EUser {
  userName: string;
  passphrase: string;
}

/** Locks the vault and unlocks it as another user, through the backend. */
export async function switchUser(app: E2E, who: E2EUser): Promise<void> {
  await call(app, 'session.lock', {});
  await call(app, 'session.unlock', who);
}

/** Adds a user (the administrator being signed in) and switches to them. */
export async function addUserAndSwitch(app: E2E, user: E2EUser & { displayName: string; role: string }): Promise<void> {
  await call(app, 'users.add', { name: user.userName, displayName: user.displayName, role: user.role, passphrase: user.passphrase });
  await switchUser(app, user);
}

export interface E2E {
  dir: string;
  harness: Harness;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Serious and critical axe-core violations on the current page, as "id: target" lines. */
  accessibilityProblems(): Promise<string[]>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function openApp(options: { locale?: 'en' | 'ru'; vaultDir?: string; workerEntry?: string } = {}): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'habeas-e2e-'));
  const harness = await startHarness({
    vaultDir: options.vaultDir ?? join(dir, 'vault'),
    stateDir: join(dir, 'state'),
    ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}),
  });
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: options.locale === 'ru' ? 'ru-RU' : 'en-GB', viewport: { width: 1280, height: 820 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(harness.url);
  return {
    dir,
    harness,
    browser,
    context,
    page,
    consoleErrors,
    async accessibilityProblems() {
      await page.evaluate(AXE_SOURCE);
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run();
      });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    async screenshot(name) {
      const path = join(process.env.HABEAS_SCREENSHOTS ?? join(dir, 'screens'), `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await harness.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
