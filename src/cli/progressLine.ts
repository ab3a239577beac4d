import type { ProgressListener } from '../site/buildProgress.js';

/** Redraws often enough to look alive, rarely enough to cost nothing on 100,000 pages. */
const REDRAW_MS = 100;

/** A one-line progress display on a terminal: `[zixun] writing pages 1200/5689`, redrawn in place. */
export function progressLine(stream: { write(text: string): unknown }): {
  update: ProgressListener;
  clear: () => void;
} {
  let shownPhase = '';
  let shownAt = 0;
  return {
    update(phase, done, total) {
      const now = performance.now();
      if (phase === shownPhase && now - shownAt < REDRAW_MS && done !== total) return;
      shownPhase = phase;
      shownAt = now;
      const count = total === undefined ? '' : ` ${done ?? 0}/${total}`;
      // \r returns to the line start and ESC[K erases it, so the line is redrawn in place.
      stream.write(`\r\x1b[K[zixun] ${phase}${count}`);
    },
    clear() {
      if (shownPhase !== '') stream.write('\r\x1b[K');
      shownPhase = '';
    },
  };
}
