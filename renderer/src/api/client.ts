import type { Contract, ProcedureName } from '../../../api/contract';
import type { Envelope, InputOf, OutputOf } from '../../../api/procedure';

export type Input<N extends ProcedureName> = InputOf<Contract[N]>;
export type Output<N extends ProcedureName> = OutputOf<Contract[N]>;

/** A refusal the user should read, with per-field messages for forms. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

type Bridge = { [N in ProcedureName]: (input: unknown) => Promise<Envelope<unknown>> };

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload script. */
    parley?: Bridge;
  }
}

const TOKEN_KEY = 'parley.token';

/**
 * Browser mode hands the per-launch token in the first address (`/?token=…`, so the server
 * can send that one page with the deals in it; never in a Referer: no-referrer). Keep it
 * for this tab and take it out of the address bar and its history entry, keeping the route.
 */
export function captureBrowserToken(): void {
  const match = /(?:^\?|&)token=([A-Za-z0-9_-]+)/.exec(window.location.search);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    const route = window.location.hash.startsWith('#/') ? window.location.hash : '#/';
    history.replaceState(null, '', `${window.location.pathname}${route}`);
  }
}

let leaving = false;
/** While the page is going away, requests must outlive it (the browser keeps `keepalive` ones going). */
export function setLeaving(value: boolean): void {
  leaving = value;
}

async function overHttp(name: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      keepalive: leaving,
      headers: { 'Content-Type': 'application/json', 'X-Parley-Token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'offline', message: 'Parley is not reachable. Is it still running?', fieldErrors: {} },
    };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `Unexpected answer (${response.status}).`, fieldErrors: {} },
    };
  }
}

/** Calls a procedure over whichever transport this shell has; resolves or throws ApiCallError. */
export async function call<N extends ProcedureName>(name: N, input: Input<N>): Promise<Output<N>> {
  const bridge = window.parley;
  const envelope = bridge ? await bridge[name](input) : await overHttp(name, input);
  if (envelope.ok) return envelope.value as Output<N>;
  throw new ApiCallError(envelope.error.code, envelope.error.message, envelope.error.fieldErrors);
}
