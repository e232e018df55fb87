// The backend: holds the one unlocked vault of this process and runs every contract call:
// validate input, check the vault is unlocked and the user's role, run the service in one
// transaction with its audit entries, and answer with a Result. Used by the worker thread and
// in-process by the CLI and tests.
import { resolve } from 'node:path';

import { api, type MethodName, type Api } from '../api';
import { UNKNOWN_METHOD, type ApiError, type Result } from '../contract/core';
import { checkPayload } from '../contract/payload-guard';
import type { SessionStatus } from '../contract/session';
import { serviceHandlers } from '../features';
import { readSettings } from '../features/admin/settings-store';
import { DEFAULT_TARGET_MS } from '../vault/kdf';
import { vaultFiles } from '../vault/vault-files';
import { anchorAfterCommit, auditCount } from './audit-anchoring';
import { appendAudit } from './audit-log';
import type { AuditInput, ServiceContext } from './context';
import { ServiceError, toApiError } from './errors';
import { sessionHandlers, tidyVaultFolder } from './session-methods';
import type { OpenVault } from './open-vault';
import type { AccessRuntime } from './vault-access';
import type { BackendEvent, LockReason } from './worker-protocol';

export interface BackendOptions {
  vaultDir: string;
  stateDir: string;
  nativeBinding?: string;
  migrationsDir?: string;
  /** Target time of one passphrase guess; tests lower it, production keeps the default. */
  kdfTargetMs?: number;
  clock?: () => Date;
  onEvent?: (event: BackendEvent) => void;
  /** The contract served and its handlers: the app's by default; db/dev/dev-api.ts adds the development methods. */
  methods?: Api;
  handlers?: typeof serviceHandlers;
}

export interface Backend {
  call(method: string, input: unknown): Result<unknown>;
  /** Any method, including the few whose service answers later (documents laid out asynchronously). */
  callAsync(method: string, input: unknown): Promise<Result<unknown>>;
  lock(reason: LockReason): void;
  status(): SessionStatus;
  close(): void;
}

export interface BackendState {
  runtime: AccessRuntime;
  vault: OpenVault | null;
  emit(event: BackendEvent): void;
  lock(reason: LockReason): void;
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? (() => new Date());
  const emit = (event: BackendEvent) => options.onEvent?.(event);
  const methods = options.methods ?? api;
  const handlers = options.handlers ?? serviceHandlers;
  const isServed = (name: string): name is MethodName => Object.prototype.hasOwnProperty.call(methods, name);
  const state: BackendState = {
    runtime: {
      files: vaultFiles(resolve(options.vaultDir)),
      stateDir: resolve(options.stateDir),
      migrationsDir: resolve(options.migrationsDir ?? 'db/migrations'),
      kdfTargetMs: options.kdfTargetMs ?? DEFAULT_TARGET_MS,
      clock,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    },
    vault: null,
    emit,
    lock(reason) {
      if (!state.vault) return;
      state.vault.close();
      state.vault = null;
      emit({ event: 'session.locked', payload: { reason } });
    },
  };

  tidyVaultFolder(state.runtime);

  function runService(name: MethodName, vault: OpenVault, input: unknown): unknown {
    const def = methods[name];
    const handler = handlers[name as keyof typeof handlers] as unknown as
      | ((ctx: ServiceContext, input: unknown) => unknown)
      | undefined;
    if (!handler) throw new ServiceError('INTERNAL', 'This action is not available in this version.', { reason: 'method_unavailable' });
    let audited = 0;
    let force = false;
    const before = auditCount(vault.sqlite);
    const ctx: ServiceContext = {
      db: vault.db,
      sqlite: vault.sqlite,
      user: vault.user,
      now: () => clock().toISOString(),
      today: () => clock().toISOString().slice(0, 10),
      audit: (entry: AuditInput) => {
        appendAudit(vault.sqlite, entry, vault.user, clock().toISOString(), vault.signer);
        audited += 1;
      },
      settings: readSettings(vault.db),
      auditHeadFile: state.runtime.files.auditHead,
      reanchor: () => {
        force = true;
      },
      keyRing: vault.keyRingHandle,
      keys: vault.keysFor({ audit: (entry) => ctx.audit(entry), progress: (stage, done, total) => ctx.progress(done, total, stage) }),
      backup: (reason) => vault.backup(reason),
      vaultFiles: state.runtime.files,
      openedFiles: vault.openedFiles,
      emit,
      progress: (done, total, label) =>
        emit({ event: 'progress', payload: { method: name, done, total, ...(label ? { label } : {}) } }),
    };
    const checkAudited = () => {
      if (def.effect === 'write' && audited === 0 && !('unaudited' in def && def.unaudited)) {
        throw new ServiceError('INTERNAL', 'This change was not recorded in the audit log, so it was not saved.', { reason: 'audit_missing' });
      }
    };
    const anchor = () => {
      // After the commit (or after a method that commits as it goes): one head for the whole call.
      if (audited > 0) anchorAfterCommit(vault.sqlite, state.runtime.files.auditHead, vault.signer, clock().toISOString(), before, force);
    };
    const outsideTransaction = 'transaction' in def && def.transaction === false;
    const run = () => {
      const value = handler(ctx, input);
      if (value instanceof Promise) {
        // A transaction cannot wait: only a method that commits as it goes may answer later.
        if (!outsideTransaction) throw new ServiceError('INTERNAL', 'This action answered too late to be saved.', { reason: 'audit_missing' });
        return value;
      }
      checkAudited();
      return value;
    };
    let pending = false;
    try {
      const value = outsideTransaction ? run() : vault.sqlite.transaction(run)();
      if (value instanceof Promise) {
        pending = true;
        // What the method wrote before laying out its answer is committed: anchor it now, not only
        // when the answer is ready (the vault may be locked by then).
        anchor();
        return value.then(
          (resolved: unknown) => {
            checkAudited();
            return resolved;
          },
        ).finally(anchor);
      }
      return value;
    } finally {
      if (!pending) anchor();
    }
  }

  function dispatch(method: string, rawInput: unknown): Result<unknown> | Promise<Result<unknown>> {
    if (!isServed(method)) return fail({ ...UNKNOWN_METHOD });
    const def = methods[method];
    try {
      // Whatever called (IPC, CLI, a test), nothing that is not plain bounded data reaches a schema.
      const refused = checkPayload(rawInput);
      if (refused) return fail(refused);
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) return fail(toApiError(parsed.error));
      if (def.access === 'locked') {
        const handler = sessionHandlers[method as keyof typeof sessionHandlers] as
          | ((s: BackendState, input: unknown) => unknown)
          | undefined;
        if (!handler) return fail({ code: 'INTERNAL', message: 'This action is not available in this version.', details: { reason: 'method_unavailable' } });
        return { ok: true, value: handler(state, parsed.data) };
      }
      const vault = state.vault;
      if (!vault) return fail({ code: 'LOCKED', message: 'The vault is locked. Unlock it to continue.', details: { reason: 'vault_locked' } });
      if (!def.access.includes(vault.user.role)) {
        return fail({ code: 'FORBIDDEN', message: 'Your role does not allow this action.', details: { reason: 'role_not_allowed' } });
      }
      const value = runService(method, vault, parsed.data);
      if (value instanceof Promise) return value.then((v: unknown): Result<unknown> => ({ ok: true, value: v }), (e: unknown) => fail(toApiError(e)));
      return { ok: true, value };
    } catch (e) {
      return fail(toApiError(e));
    }
  }

  return {
    call: (method, input) => {
      const result = dispatch(method, input);
      if (!(result instanceof Promise)) return result;
      // Written and audited already; only its answer comes later, which a synchronous caller cannot take.
      result.catch(() => undefined);
      return fail({ code: 'INTERNAL', message: 'This action answers later; call it with callAsync.', details: { reason: 'method_unavailable' } });
    },
    callAsync: async (method, input) => dispatch(method, input),
    lock: (reason) => state.lock(reason),
    status: () => sessionHandlers['session.status'](state, {}),
    close: () => state.lock('shutdown'),
  };
}
