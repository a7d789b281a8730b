/** Runs `job` over `items`, at most `limit` at a time: enough to keep the disk busy, few enough for the file table. */
export async function eachAtOnce<T>(items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
