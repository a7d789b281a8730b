// @ts-check
// Preloaded into a measured command (`node --import ./bench/report-usage.mjs …`) so that the command
// runs exactly as people run it and still reports its peak memory and its own CPU time (its threads,
// not its child processes such as Pagefind's): one `BENCH {json}` line at exit.
process.on('exit', () => {
  const own = process.cpuUsage();
  console.log(`BENCH ${JSON.stringify({ rssMB: Math.round(process.resourceUsage().maxRSS / 1024), ownCpuMs: Math.round((own.user + own.system) / 1000) })}`);
});
