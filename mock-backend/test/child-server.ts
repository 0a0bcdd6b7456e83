import { spawn, type ChildProcess } from 'node:child_process';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PORT_RANGES, freePort } from '../../scripts/free-port.mjs';
import { repoRoot } from '../src/config.ts';

export const serverFile = fileURLToPath(new URL('../src/server.ts', import.meta.url));

export interface ChildServer {
  child: ChildProcess;
  port: number;
  origin: string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Runs node itself (not npx), so the PID is the server's and signals reach it directly. */
export function spawnServer(env: Record<string, string>): {
  child: ChildProcess;
  exited: ChildServer['exited'];
  output(): string;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', serverFile], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

/** Starts the real server and waits until /api/health answers; killed after the test if still running. */
export async function startServer(
  t: TestContext,
  env: Record<string, string>,
): Promise<ChildServer> {
  const port = await freePort(PORT_RANGES.tests);
  const server = spawnServer({ ...env, PORT: String(port) });
  let running = true;
  void server.exited.then(() => (running = false));
  t.after(async () => {
    if (running) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });
  const origin = `http://127.0.0.1:${port}`;
  // A server starts in about a second on a quiet machine; tsx compiling it on a busy one has
  // taken over 20 s (load average 28), so the wait leaves room for both.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!running) throw new Error(`Server exited during start:\n${server.output()}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return { ...server, port, origin };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Server did not answer within 60 s:\n${server.output()}`);
}
