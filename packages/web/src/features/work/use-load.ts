import { useEffect, useState } from 'react';
import type { ApiResult } from '../../api';

/** What a section of the home loaded: nothing yet, its data, or a failure (the rest of the page still shows). */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed' };

/** Loads a section's data once (and again when `key` changes). */
export function useLoad<T>(load: () => Promise<ApiResult<T>>, key = ''): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads again when the key changes
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setLoaded(result.ok ? { state: 'ready', data: result.data } : { state: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}

/** The current time, moved on every 30 seconds (how late a step is changes while the page is open). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
