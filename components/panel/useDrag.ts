/** Moving the panel by its header with pointer events; position is kept inside the viewport. */
import { useCallback, useRef, useState } from 'preact/hooks';

/** Top-left corner of the panel in viewport pixels. */
export interface Point {
  x: number;
  y: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Returns the position and a pointerdown handler for the drag handle. */
export function useDrag(initial: () => Point) {
  const [pos, setPos] = useState<Point>(initial);
  const from = useRef<{ px: number; py: number; x: number; y: number } | null>(null);

  const onPointerDown = useCallback(
    (e: PointerEvent) => {
      // Buttons in the header keep their clicks.
      if ((e.target as Element).closest('button') || e.button !== 0) return;
      const handle = e.currentTarget as Element;
      from.current = { px: e.clientX, py: e.clientY, x: pos.x, y: pos.y };
      handle.setPointerCapture(e.pointerId);
      const move = (ev: PointerEvent) => {
        const f = from.current;
        if (!f) return;
        setPos({
          x: clamp(f.x + ev.clientX - f.px, 0, window.innerWidth - 80),
          y: clamp(f.y + ev.clientY - f.py, 0, window.innerHeight - 32),
        });
      };
      const up = () => {
        from.current = null;
        handle.removeEventListener('pointermove', move as EventListener);
        handle.removeEventListener('pointerup', up);
      };
      handle.addEventListener('pointermove', move as EventListener);
      handle.addEventListener('pointerup', up);
    },
    [pos],
  );
  return { pos, onPointerDown };
}
