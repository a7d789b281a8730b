// @ts-check
// Preloaded into a measured command (`node --import ./bench/report-usage.mjs …`) so that the command
// runs exactly as people run it and still reports its peak memory: one `BENCH {json}` line at exit.
process.on('exit', () => {
  console.log(`BENCH ${JSON.stringify({ rssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}`);
});
