// PNG reading, writing (compressed hard: the baselines are committed) and comparing.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** @param {Buffer} bytes */
export const decodePng = (bytes) => PNG.sync.read(bytes);

/**
 * Screenshots of text and flat colours compress best unfiltered with zlib's default strategy at
 * level 9: about a third smaller than pngjs's adaptive filtering, and lossless. `fast` is for
 * the images of a failure, which are looked at once and not kept.
 * @param {{ width: number, height: number, data: Buffer }} image
 */
export const encodePng = (image, { fast = false } = {}) =>
  PNG.sync.write(image, { deflateLevel: fast ? 1 : 9, deflateStrategy: 0, filterType: 0 });

/**
 * Compares two images with pixelmatch's per-pixel colour `threshold`: the number of differing
 * pixels and a difference image, or no `diff` when the sizes differ.
 */
export function comparePngs(expected, actual, threshold) {
  const { width, height } = expected;
  const pixels = width * height;
  if (actual.width !== width || actual.height !== height) return { pixels, differing: pixels };
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, width, height, {
    threshold,
  });
  return { pixels, differing, diff };
}
