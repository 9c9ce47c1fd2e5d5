/**
 * Runs `task` holding the named lock: one task at a time for that name, across every tab of the origin (Web Locks)
 * or, where the browser has no Web Locks, within this page.
 */
const chains = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(name, task) as Promise<T>;
  }
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
