import { useEffect, useState, type RefObject } from 'react';

export interface ScrollView {
  left: number;
  top: number;
  width: number;
  height: number;
}

const EMPTY: ScrollView = { left: 0, top: 0, width: 0, height: 0 };

/**
 * The visible part of a scrolling element, in its content's pixels, followed on scroll and
 * resize (at most once per frame). The map lays itself out to this width and, when large, draws
 * only what is in view.
 */
export function useScrollView(ref: RefObject<HTMLElement | null>): ScrollView {
  const [view, setView] = useState<ScrollView>(EMPTY);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((previous) => {
        const next = { left: element.scrollLeft, top: element.scrollTop, width: element.clientWidth, height: element.clientHeight };
        return previous.left === next.left && previous.top === next.top && previous.width === next.width && previous.height === next.height ? previous : next;
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    element.addEventListener('scroll', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref]);
  return view;
}
