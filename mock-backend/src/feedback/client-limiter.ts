/**
 * Counts events per client in fixed windows: each submit, and each failed tracking look-up.
 * Kept in process memory: a limit may stay per instance (DESIGN.md), unlike the records.
 */
export class ClientLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Seconds until the client may try again, or 0 when it is under the limit. */
  retryAfter(client: string): number {
    const window = this.current(client);
    if (!window || window.count < this.max) return 0;
    return Math.max(1, Math.ceil((window.start + this.windowMs - this.now()) / 1000));
  }

  record(client: string): void {
    const window = this.current(client);
    if (window) window.count++;
    else this.windows.set(client, { start: this.now(), count: 1 });
    // Old windows go as new ones arrive, so the map stays as large as the recent clients.
    if (this.windows.size > 10_000) this.prune();
  }

  private current(client: string) {
    const window = this.windows.get(client);
    if (window && this.now() - window.start < this.windowMs) return window;
    if (window) this.windows.delete(client);
    return undefined;
  }

  private prune() {
    const now = this.now();
    for (const [client, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(client);
    }
  }
}
