/** A rectangle in units of the drawing box (0–1), with a corner radius in the same units. */
type Box = readonly [left: number, top: number, right: number, bottom: number, radius: number];

// A news page: a headline bar and three lines of text, the last one short.
const page: readonly Box[] = [
  [0, 0, 1, 0.26, 0.06],
  [0, 0.42, 1, 0.54, 0.06],
  [0, 0.64, 1, 0.76, 0.06],
  [0, 0.86, 0.62, 0.98, 0.06],
];

const samples = 4;

/**
 * Draws the app icon as RGBA pixels: white news-page lines on the accent colour. A `maskable`
 * icon fills the whole square and keeps the lines inside the central safe zone (a circle of 80%
 * of the size, https://www.w3.org/TR/appmanifest/#icon-masks); the plain one has rounded corners.
 * Edges are anti-aliased by sampling each pixel 4 × 4 times.
 */
export function drawIcon(size: number, colour: string, maskable: boolean): Uint8Array {
  const rgb = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
  const inset = maskable ? 0.28 : 0.22;
  const scale = 1 - 2 * inset;
  const background: Box = [0, 0, 1, 1, maskable ? 0 : 0.2];
  const lines = page.map(([left, top, right, bottom, radius]): Box => [
    inset + left * scale,
    inset + top * scale,
    inset + right * scale,
    inset + bottom * scale,
    radius * scale,
  ]);
  const pixels = new Uint8Array(size * size * 4);
  const step = 1 / size;
  for (let y = 0; y < size; y++) {
    const v = y * step;
    // Most rows cross no line and no rounded corner: every pixel is plain accent.
    const plain =
      v >= background[1] + background[4] &&
      v + step <= background[3] - background[4] &&
      lines.every((box) => v + step <= box[1] || v >= box[3]);
    for (let x = 0; x < size; x++) {
      if (plain) {
        covered[0] = 1;
        covered[1] = 0;
      } else {
        coverage(background, lines, x * step, v, step);
      }
      const back = covered[0] ?? 0;
      const white = covered[1] ?? 0;
      const at = (y * size + x) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const value = rgb[channel] ?? 0;
        pixels[at + channel] = Math.round(value + (255 - value) * white);
      }
      pixels[at + 3] = Math.round(255 * back);
    }
  }
  return pixels;
}

// coverage() writes here rather than returning a pair: a 512 px icon asks ~200,000 times.
const covered = new Float64Array(2);

/**
 * How much of one pixel (a square at u, v of side `step`) the background covers, and how much of
 * that the lines cover, into `covered`. Only pixels on an edge are sampled; the rest are wholly in or out.
 */
function coverage(
  background: Box,
  lines: readonly Box[],
  u: number,
  v: number,
  step: number,
): void {
  const backAt = wholly(background, u, v, step);
  let onEdge = backAt === undefined;
  let inLine = false;
  for (const box of lines) {
    const at = wholly(box, u, v, step);
    if (at === undefined) onEdge = true;
    else if (at) inLine = true;
  }
  if (!onEdge) {
    covered[0] = backAt ? 1 : 0;
    covered[1] = inLine ? 1 : 0;
    return;
  }
  let back = 0;
  let front = 0;
  for (let sample = 0; sample < samples * samples; sample++) {
    const su = u + (((sample % samples) + 0.5) / samples) * step;
    const sv = v + ((Math.floor(sample / samples) + 0.5) / samples) * step;
    if (!inside(background, su, sv)) continue;
    back++;
    for (const box of lines) {
      if (inside(box, su, sv)) {
        front++;
        break;
      }
    }
  }
  covered[0] = back / (samples * samples);
  covered[1] = front / Math.max(back, 1);
}

/** True or false when the whole pixel square is inside or outside the box; undefined on an edge. */
function wholly(box: Box, u: number, v: number, step: number): boolean | undefined {
  const left = box[0];
  const top = box[1];
  const right = box[2];
  const bottom = box[3];
  const radius = box[4];
  if (u + step <= left || u >= right || v + step <= top || v >= bottom) return false;
  if (u < left || u + step > right || v < top || v + step > bottom) return undefined;
  const clearOfCorners =
    (u >= left + radius && u + step <= right - radius) ||
    (v >= top + radius && v + step <= bottom - radius);
  return clearOfCorners ? true : undefined;
}

function inside(box: Box, u: number, v: number): boolean {
  const left = box[0];
  const top = box[1];
  const right = box[2];
  const bottom = box[3];
  const radius = box[4];
  if (u < left || u > right || v < top || v > bottom) return false;
  // Outside the corner squares a point inside the box is inside the shape.
  const dx = Math.max(left + radius - u, 0, u - (right - radius));
  const dy = Math.max(top + radius - v, 0, v - (bottom - radius));
  return dx * dx + dy * dy <= radius * radius;
}
