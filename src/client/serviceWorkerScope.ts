// Types only: the slice of the service worker global scope (lib.webworker) that sw.js uses.
// lib.webworker cannot join lib.dom in one program: its global addEventListener overloads would
// retype every page script's events (a `pageshow` listener would lose `persisted`). The workers'
// compiled code uses nothing beyond what is declared here.

/** An install or activate event, which the worker can keep alive until a promise settles. */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

/** A request from a page in scope, which the worker may answer. */
export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

/** A message from a page (the 有更新 button's SKIP_WAITING). */
export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}

/** The service worker's `self`. */
export interface ServiceWorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: {
      type: 'window';
    }): Promise<{ url: string; navigate(url: string): Promise<unknown> }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
