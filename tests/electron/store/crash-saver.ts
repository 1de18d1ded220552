/**
 * Child process of crash.test.ts: loads, says "ready", waits for "go" on stdin (so the test
 * can start the next one while it checks the previous one), then takes the plan's lock and
 * saves versions A and B over the same file, alternately, with the real store and the real
 * disk, until it is killed. Usage: node --import tsx crash-saver.ts <plan> <dataDir> <fileA> <fileB>
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { NodeFileStore } from '../../../electron/store';

const [target, dataDir, fileA, fileB] = process.argv.slice(2);
if (!target || !dataDir || !fileA || !fileB) throw new Error('usage: crash-saver.ts <plan> <dataDir> <fileA> <fileB>');

const store = new NodeFileStore({ dataDir, user: 'crash-saver', machine: hostname(), pid: process.pid, temporaryRoots: [] });
const versions = [await readFile(fileA), await readFile(fileB)];
process.stdout.write('ready\n');
await once(process.stdin, 'data');
await store.acquireLock(target);
process.stdout.write('saving\n');
for (let round = 0; ; round++) {
  await store.savePlan(target, versions[round % 2]!);
}
