/** Hears how far a build has got: a phase, and how many of how many when the phase counts items. */
export type ProgressListener = (phase: string, done?: number, total?: number) => void;

let listener: ProgressListener | undefined;

/** Sets who hears about build progress (the build CLI, on a terminal), or nobody. */
export function setProgressListener(next: ProgressListener | undefined): void {
  listener = next;
}

/** Passes progress on to the listener, if any; a single check when nobody listens. */
export function reportProgress(phase: string, done?: number, total?: number): void {
  listener?.(phase, done, total);
}
