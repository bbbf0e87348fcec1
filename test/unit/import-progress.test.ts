import { importProgress } from '../../server/src/services/importer/import-progress';
import type { ImportProgress } from '../../shared/contracts/import';

describe('progress of an import', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, at: (seconds: number) => (now = seconds * 1000) };
  };

  it('tells each line once its batch is written, with the rate since the run began', () => {
    const time = clock();
    const told: ImportProgress[] = [];
    const progress = importProgress({ totalLines: 10, onProgress: (p) => told.push(p) }, time.now);
    progress.read();
    progress.read();
    expect(told).toEqual([]);
    progress.count('created');
    progress.count('failed');
    time.at(2);
    progress.tell();
    expect(told.map((p) => p.line)).toEqual([1, 2]);
    // 2 lines in 2 s: 1 a second, 8 lines left
    expect(told[1]).toMatchObject({ created: 1, failed: 1, rate: 1, etaSeconds: 8 });
    progress.tell();
    expect(told).toHaveLength(2);
  });

  it('without a line count, takes the time left from the share of the file read', () => {
    const time = clock();
    const told: ImportProgress[] = [];
    const position = { bytesRead: 0, totalBytes: 1000 };
    const progress = importProgress({ position, onProgress: (p) => told.push(p) }, time.now);
    for (let i = 0; i < 50; i += 1) progress.read();
    position.bytesRead = 250;
    time.at(10);
    progress.tell();
    // a quarter of the file in 10 s, at 5 lines a second: about 150 lines, 30 s, are left
    expect(told[49]).toMatchObject({ line: 50, rate: 5, etaSeconds: 30, bytesRead: 250 });
    expect(told[49].totalLines).toBeUndefined();
  });

  it('without a line count or a file, gives the rate and no time left', () => {
    const time = clock();
    const told: ImportProgress[] = [];
    const progress = importProgress({ onProgress: (p) => told.push(p) }, time.now);
    progress.read();
    time.at(4);
    progress.tell();
    expect(told[0]).toMatchObject({ line: 1, rate: 0.3 });
    expect(told[0].etaSeconds).toBeUndefined();
  });

  it('tells the links phase apart, as stories done of all', () => {
    const told: ImportProgress[] = [];
    const links: Array<{ done: number; total: number }> = [];
    const progress = importProgress({
      onProgress: (p) => told.push(p),
      onLinksProgress: (p) => links.push(p),
    });
    progress.read();
    progress.tell();
    progress.tellLinks(250, 600);
    expect(told.map((p) => p.line)).toEqual([1]);
    expect(links).toEqual([{ done: 250, total: 600 }]);
  });
});
