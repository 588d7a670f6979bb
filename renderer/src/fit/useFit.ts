/**
 * React glue for {@link fitSections}: fits one section after each render that changed it, and again when web
 * fonts finish loading (text measured in a fallback font is the wrong size).
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { fitSections, type FitResult } from './fitSlides';

/** A counter that moves each time the document's fonts finish loading. */
export function useFontsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((value) => value + 1);
    document.fonts.addEventListener('loadingdone', bump);
    return () => document.fonts.removeEventListener('loadingdone', bump);
  }, []);
  return version;
}

/** Fits the section in `ref` whenever `key` (its content, size or theme) changes; returns the last result. */
export function useFittedSection(ref: RefObject<HTMLElement | null>, key: string): FitResult | null {
  const [result, setResult] = useState<FitResult | null>(null);
  const fonts = useFontsVersion();
  useLayoutEffect(() => {
    const section = ref.current;
    if (!section) return;
    const [next] = fitSections([section]);
    if (!next) return;
    setResult((previous) =>
      previous && previous.scale === next.scale && previous.overfull === next.overfull ? previous : next,
    );
  }, [ref, key, fonts]);
  return result;
}
