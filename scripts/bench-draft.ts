/**
 * `npm run bench:draft`: median drafting time over 20 warm runs for the seed article, and for the seed repeated
 * 10× and 100× (~110,000 words), split into analysis and planning/writing, with peak RSS and heap for each.
 * Each size runs in its own child process, so its peak memory is its own and not the high-water mark left by a
 * smaller size; each child warms up (ten single-article drafts, then one of its own size) first. Prints figures; asserts nothing.
 * `BENCH_RUNS=N` changes the number of timed runs per size.
 */
import { execFileSync } from 'node:child_process';
import { draftDeck } from '../slides/draft';
import type { ImportedArticle } from '../slides/import/types';
import { readArticleFile } from '../electron/services/import';
import { SEED_ARTICLE_PATH } from '../tests/helpers/seedArticle';

const SIZES = [1, 10, 100] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const MB = 1024 * 1024;
const TIMES_FLAG = '--times';
/** Single-article drafts run before timing, so the JIT has compiled the hot paths in every child. */
const WARM_UP_RUNS = 10;

/** What one child measures for one size. */
interface SizeResult {
  times: number;
  words: number;
  runs: number;
  total: number;
  /** Median CPU time (user + system) per draft: steadier than wall time on a shared machine. */
  cpu: number;
  analyze: number;
  write: number;
  rssMb: number;
  heapMb: number;
}

function repeated(article: ImportedArticle, times: number): ImportedArticle {
  return { ...article, paragraphs: Array.from({ length: times }, () => article.paragraphs).flat() };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function measure(times: number): Promise<SizeResult> {
  const seed = await readArticleFile(SEED_ARTICLE_PATH);
  for (let i = 0; i < WARM_UP_RUNS; i++) draftDeck(seed);
  const article = repeated(seed, times);
  draftDeck(article);
  const total: number[] = [];
  const cpu: number[] = [];
  const analyze: number[] = [];
  const write: number[] = [];
  let rss = 0;
  let heap = 0;
  let words = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { report } = draftDeck(article);
    total.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    analyze.push(report.ms.analyze);
    write.push(report.ms.write);
    words = report.wordCount;
    const mem = process.memoryUsage();
    rss = Math.max(rss, mem.rss);
    heap = Math.max(heap, mem.heapUsed);
  }
  return {
    times,
    words,
    runs: RUNS,
    total: median(total),
    cpu: median(cpu),
    analyze: median(analyze),
    write: median(write),
    rssMb: rss / MB,
    heapMb: heap / MB,
  };
}

function runChild(times: number): SizeResult {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, TIMES_FLAG, String(times)],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as SizeResult;
}

function main(): void {
  const at = process.argv.indexOf(TIMES_FLAG);
  if (at >= 0) {
    void measure(Number(process.argv[at + 1])).then((r) => console.log(JSON.stringify(r)));
    return;
  }
  let base: SizeResult | undefined;
  for (const times of SIZES) {
    const r = runChild(times);
    base ??= r;
    const ratio = (x: number, b: number) => ` (${(x / b).toFixed(1)}x)`;
    console.log(
      `seed x${times} (${r.words} words): median ${r.total.toFixed(1)} ms over ${r.runs} warm runs` +
        (times > 1 ? ratio(r.total, base.total) : '') +
        `, cpu ${r.cpu.toFixed(1)} ms` +
        (times > 1 ? ratio(r.cpu, base.cpu) : '') +
        `; analysis ${r.analyze.toFixed(1)} ms` +
        (times > 1 ? ratio(r.analyze, base.analyze) : '') +
        `, planning and writing ${r.write.toFixed(1)} ms` +
        `; peak rss ${r.rssMb.toFixed(0)} MB, heap ${r.heapMb.toFixed(0)} MB`,
    );
  }
}

main();
