/** node --expose-gc --import tsx bench/scale-worker.ts <engine|mlt|yarpp> <stories> */
import { type ScaleMethod, scaleRow } from './scale';

const [method, size] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(scaleRow(method as ScaleMethod, Number(size)))}\n`);
