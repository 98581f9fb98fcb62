import { useEffect, useRef } from 'preact/hooks';

/** Marked (Performance API) when the first image of the screen is on a canvas: {@code performance.now()} at that time. */
export const FIRST_IMAGE_MARK = 'opencpms:viewer:first-image';

/**
 * The server's rendering (WADO-RS rendered, a JPEG) of the image shown first, drawn over the viewer's frame until the
 * viewer shows the image itself from its frame: the user sees the image while the viewer's code and the frame load.
 * Decorative for assistive technology (the viewer's frame is the labelled image).
 */
export function Preview({ bitmap }: { bitmap: ImageBitmap }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const drawn = canvas.current!;
    drawn.width = bitmap.width;
    drawn.height = bitmap.height;
    drawn.getContext('2d')!.drawImage(bitmap, 0, 0);
    if (performance.getEntriesByName(FIRST_IMAGE_MARK).length === 0) {
      performance.mark(FIRST_IMAGE_MARK);
    }
  }, [bitmap]);
  return <canvas ref={canvas} class="viewer-preview" aria-hidden="true"
    style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'contain', background: '#000' }} />;
}
