/** Half of the unit tests (see shards.ts). */
import { runShard } from './shards.ts';

runShard(1, 2);
