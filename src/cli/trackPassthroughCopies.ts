/** The part of Eleventy's (untyped) passthrough manager this reads. */
interface WithPassthroughManager {
  passthroughManager?: { copyPassthrough(pass: unknown): Promise<unknown> };
}

/**
 * Records Eleventy's passthrough copies (content/images) as they start, once `init()` has run.
 * A failed build must wait for them before it removes its folder: Eleventy gives up at the first
 * error while copies are still writing, and one finishing later would create the folder again or
 * crash the process with an unhandled rejection. Returns the function that waits for them all.
 */
export function trackPassthroughCopies(eleventy: object): () => Promise<void> {
  const manager = (eleventy as WithPassthroughManager).passthroughManager;
  const pending = new Set<Promise<unknown>>();
  if (manager) {
    const copy = manager.copyPassthrough.bind(manager);
    manager.copyPassthrough = (pass: unknown) => {
      const copying = copy(pass);
      pending.add(copying);
      // Settling here also marks a rejection as handled; Eleventy still sees it through its own chain.
      const done = () => pending.delete(copying);
      copying.then(done, done);
      return copying;
    };
  }
  return async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };
}
