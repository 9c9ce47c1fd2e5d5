import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built `harbor` command, run as a real process by integration and browser tests. */
export const HARBOR_BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface HarborProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  child: ChildProcess;
  /** Every line the process wrote so far (stdout and stderr). */
  output: string[];
  /** Sends a signal and waits for the exit; resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartHarborOptions {
  dataDir: string;
  /** Extra environment, e.g. HARBOR_DATABASE_URL. HARBOR_PORT defaults to 0 (any free port). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Starts `harbor serve` and resolves once it logs that it is listening. */
export async function startHarbor(options: StartHarborOptions): Promise<HarborProcess> {
  if (!existsSync(BUILT_CLI)) throw new Error('Harbor is not built: run `npm run build` first.');
  const child = spawn(process.execPath, [HARBOR_BIN, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      HARBOR_HOST: '127.0.0.1',
      HARBOR_PORT: '0',
      HARBOR_DATA_DIR: options.dataDir,
      HARBOR_LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`harbor serve did not start in time:\n${output.join('\n')}`));
    }, options.timeoutMs ?? 30_000);
    const onLine = (line: string) => {
      output.push(line);
      if (!line.startsWith('{')) return;
      try {
        const entry = JSON.parse(line) as { event?: string; url?: string };
        if (entry.event === 'server.listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      });
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`harbor serve exited with ${code} before listening:\n${output.join('\n')}`));
    });
  });
  return {
    url,
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface HarborRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one `harbor` command to its end (no standard input). */
export function runHarbor(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<HarborRun> {
  if (!existsSync(BUILT_CLI)) throw new Error('Harbor is not built: run `npm run build` first.');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARBOR_BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HARBOR_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`harbor ${args.join(' ')} timed out:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
