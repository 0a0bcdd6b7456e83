import { browserIdle } from './browser-idle';

describe('browserIdle', () => {
  it('emits once, after the current task, and completes', async () => {
    const seen: string[] = [];
    const done = new Promise<void>((resolve) =>
      browserIdle().subscribe({ next: () => seen.push('idle'), complete: resolve }),
    );
    seen.push('same task');
    await done;
    expect(seen).toEqual(['same task', 'idle']);
  });

  it('does nothing once unsubscribed', async () => {
    let emitted = false;
    browserIdle(0)
      .subscribe(() => (emitted = true))
      .unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emitted).toBeFalse();
  });
});
