import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { UserError } from '../../core/errors';

/** Transaction origins: this laptop's writes, and replaying the stored log at start. */
export const LOCAL = 'parley-local';
export const FROM_LOG = 'parley-log';

export interface ConnectionEvents {
  /** The server's answer to the token: a read-only connection drops whatever this laptop sends. */
  authenticated(readOnly: boolean): void;
  synced(): void;
  /** Every update this laptop sent was applied by the server. */
  acknowledged?(): void;
  /** Before the provider connects: e.g. who this laptop is, for colleagues' awareness. */
  attaching?(provider: HocuspocusProvider): void;
}

/**
 * One Y.Doc's connection to the team server (a shared deal's, or a team-wide doc's): a
 * Hocuspocus provider over its own WebSocket, which comes back soon after a server restart.
 */
export class DocConnection {
  provider: HocuspocusProvider | null = null;
  private socket: HocuspocusProviderWebsocket | null = null;
  /** Why the server refused this laptop, if it did. */
  refused: string | null = null;

  constructor(
    private readonly url: string,
    private readonly name: string,
    private readonly doc: Y.Doc,
    /** What the refusal message calls the doc: "this deal", "the team library". */
    private readonly what: string,
  ) {}

  /** Syncs the doc with the server (both ways) and keeps it in step; settles at the first sync or a refusal. */
  open(token: string, events: ConnectionEvents): Promise<HocuspocusProvider> {
    this.close();
    this.refused = null;
    this.socket = new HocuspocusProviderWebsocket({
      url: this.url,
      WebSocketPolyfill: WebSocket,
      // Back soon after a server restart (the default waits up to 30 s).
      delay: 100,
      minDelay: 100,
      maxDelay: 1000,
    });
    return new Promise((resolve, reject) => {
      const provider = new HocuspocusProvider({
        websocketProvider: this.socket as HocuspocusProviderWebsocket,
        name: this.name,
        document: this.doc,
        token,
        onAuthenticated: ({ scope }) => events.authenticated(scope === 'readonly'),
        onSynced: () => {
          events.synced();
          resolve(provider);
        },
        onUnsyncedChanges: ({ number }) => {
          if (number === 0 && provider.isSynced) events.acknowledged?.();
        },
        onAuthenticationFailed: ({ reason }) => {
          this.refused = reason;
          this.close();
          reject(new UserError('unavailable', `The team server refused ${this.what}: ${reason}`));
        },
      });
      this.provider = provider;
      events.attaching?.(provider);
      provider.attach();
    });
  }

  /** Offline; edits keep going into the log and are sent at the next `open`. */
  close(): void {
    // A socket still connecting reports its own closing as an error a tick later (ws), when
    // Hocuspocus no longer listens: heard here, not thrown at the process (quitting at start-up).
    this.socket?.webSocket?.addEventListener('error', () => {});
    this.provider?.destroy();
    this.socket?.destroy();
    this.provider = null;
    this.socket = null;
  }

  /** Connected and in step with the server. */
  get online(): boolean {
    return Boolean(this.provider?.isSynced) && this.socket?.status === 'connected';
  }

  /** The server has acknowledged every local change sent on this connection. */
  get settled(): boolean {
    return Boolean(this.provider?.isSynced) && !this.provider?.hasUnsyncedChanges;
  }
}
