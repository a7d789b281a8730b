/** The other half of the unit tests (see shards.ts). */
import { runShard } from './shards.ts';

runShard(2, 2);
