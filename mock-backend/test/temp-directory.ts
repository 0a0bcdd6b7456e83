import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export function makeTempDirectory(prefix = 'portal-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDirectory(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A fresh directory under the system temp dir, removed when the test ends. */
export function tempDirectory(t: TestContext, prefix?: string): string {
  const dir = makeTempDirectory(prefix);
  t.after(() => removeDirectory(dir));
  return dir;
}
