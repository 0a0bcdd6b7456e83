import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
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

/** A port in the range these tests may use that nothing listens on right now. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 1000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port in 20000–20999');
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
  const port = await freePort();
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
  // Room for a busy machine: a first start migrates and seeds the catalogue.
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
