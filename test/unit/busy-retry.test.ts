import { isBusy, retryWhenBusy } from '../../server/src/utils/busy-retry';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('retryWhenBusy', () => {
  it('tries a write again while the database is busy, then answers', async () => {
    let tries = 0;
    const pauses: number[] = [];
    const result = await retryWhenBusy(
      async () => {
        tries += 1;
        if (tries < 4) throw busy();
        return 'written';
      },
      { timeoutMs: 30_000, sleep: async (ms) => void pauses.push(ms) }
    );
    expect(result).toBe('written');
    expect(tries).toBe(4);
    expect(pauses).toHaveLength(3);
    expect(pauses.every((ms, i) => ms > 0 && ms <= 25 * 2 ** i)).toBe(true);
  });

  it('gives up after timeoutMs, throwing the last busy error', async () => {
    let tries = 0;
    const started = Date.now();
    await expect(
      retryWhenBusy(
        async () => {
          tries += 1;
          throw busy();
        },
        { timeoutMs: 200 }
      )
    ).rejects.toThrow('database is locked');
    expect(tries).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('does not retry any other error', async () => {
    let tries = 0;
    await expect(
      retryWhenBusy(
        async () => {
          tries += 1;
          throw new Error('title: is required');
        },
        { timeoutMs: 30_000 }
      )
    ).rejects.toThrow('title');
    expect(tries).toBe(1);
  });

  it('knows busy errors of the three databases', () => {
    expect(isBusy(busy())).toBe(true);
    expect(isBusy({ code: 'SQLITE_BUSY_SNAPSHOT' })).toBe(true);
    expect(isBusy({ code: '40P01' })).toBe(true);
    expect(isBusy({ code: 'ER_LOCK_DEADLOCK', errno: 1213 })).toBe(true);
    expect(isBusy(new Error('SQLITE_CONSTRAINT: UNIQUE'))).toBe(false);
    expect(isBusy(undefined)).toBe(false);
  });
});
