/**
 * What a page pays for a content script, measured from the page's side (issue #14): one
 * Chromium with two extensions, Counterpoint's test build and a do-nothing content script that
 * walks the same text (scripts/bench-page-cost.ts writes it), and three addresses of the same
 * page: 127.0.0.1 (Counterpoint runs there), localhost (only the do-nothing script) and
 * 127.0.0.2 (no content script at all).
 *
 * For each load: a Chromium trace (every `RunTask` on the page's main thread, from the page's
 * first script to the end of the window) and a V8 sampling profile (100 µs) of the page's
 * process; a sample counts as "ours" when any frame of its stack is in that extension's script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const START_MARK = 'bench-page-start';

/** A Chrome trace event, the fields our benchmarks read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs; absent on a few events. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface LoadCost {
  /** Sum of the page main thread's tasks in the window (wall time). */
  mainThreadMs: number;
  /**
   * The same tasks' thread time (the trace's `tdur`): what the main thread ran on a CPU, without
   * the time it waited for one. On a machine shared with other work the wall time of the same
   * task varies 2x, its thread time much less.
   */
  mainThreadCpuMs: number;
  tasks: number;
  longestTaskMs: number;
  /** Longest task that ran any of the script's code (trace events naming its URL). */
  longestScriptTaskMs: number;
  /** The largest thread time of those tasks (a task's wall time also holds the time it waited for a core). */
  longestScriptTaskCpuMs: number;
  /** Sampled time with a frame of the script on the stack (JS and what it called). */
  scriptMs: number;
  /**
   * `scriptMs` with each sample weighted by its task's thread time / wall time: the sampler's
   * intervals are wall time, so a task the scheduler held up inflates them.
   */
  scriptCpuMs: number;
  /** Self time per function of the script (CPU-weighted), for "where the time goes". */
  hotspots: Map<string, number>;
  /** Inclusive time per function of the script (each function once per sample; CPU-weighted). */
  inclusive: Map<string, number>;
}

async function startTrace(cdp: CDPSession, events: TraceEvent[]): Promise<() => Promise<void>> {
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'disabled-by-default-devtools.timeline',
        'devtools.timeline',
        'blink.user_timing',
        'v8.execute',
      ],
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
  };
}

/**
 * Loads `url` in a fresh tab (after a blank page of the same origin, so the profiler's process
 * stays), waits `settle(page)`, and returns what the page's main thread spent, and what of it
 * ran `scriptUrlPart`'s code. `verify(page)` runs after the trace and the profile stopped.
 */
export async function measureLoad(
  context: BrowserContext,
  blankUrl: string,
  url: string,
  scriptUrlPart: string,
  settle: (page: Page) => Promise<void>,
  verify?: (page: Page) => Promise<void>,
): Promise<LoadCost> {
  const page = await context.newPage();
  await page.addInitScript((name) => performance.mark(name), START_MARK);
  await page.goto(blankUrl);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const events: TraceEvent[] = [];
  const stopTrace = await startTrace(cdp, events);
  await cdp.send('Profiler.start');
  await page.goto(url, { timeout: 60_000 });
  await settle(page);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await stopTrace();
  await cdp.detach();
  await verify?.(page);
  await page.close();
  if (process.env.PAGE_COST_DEBUG) explainLongTasks(events, profile, scriptUrlPart);
  if (process.env.PAGE_COST_SAVE) saveRaw(process.env.PAGE_COST_SAVE, scriptUrlPart, events, profile);
  const { taskList, ...trace } = fromTrace(events, scriptUrlPart);
  return { ...trace, ...fromProfile(profile, scriptUrlPart, taskList) };
}

type TraceCost = Pick<
  LoadCost,
  'mainThreadMs' | 'mainThreadCpuMs' | 'tasks' | 'longestTaskMs' | 'longestScriptTaskMs' | 'longestScriptTaskCpuMs'
> & { taskList: TraceEvent[] };

function fromTrace(events: TraceEvent[], scriptUrlPart: string): TraceCost {
  const start = [...events].reverse().find((e) => e.name === START_MARK);
  if (!start) throw new Error(`trace has no ${START_MARK} mark`);
  const onThread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur != null);
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.ts + e.dur! >= start.ts);
  const ours = onThread.filter((e) => e.name !== 'RunTask' && e.args?.data?.url?.includes(scriptUrlPart));
  const scriptTasks = tasks.filter((t) => ours.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!));
  const ms = (e: TraceEvent) => e.dur! / 1000;
  if (process.env.PAGE_COST_DEBUG) {
    const names = [
      'EvaluateScript',
      'v8.compile',
      'FunctionCall',
      'FireIdleCallback',
      'RunMicrotasks',
      'TimerFire',
      'UpdateLayoutTree',
      'Layout',
      'PrePaint',
      'Paint',
      'Layerize',
      'ParseHTML',
      'MinorGC',
      'MajorGC',
    ];
    const sums = names.map(
      (n) =>
        `${n} ${onThread
          .filter((e) => e.name === n && e.ts + e.dur! >= start.ts)
          .reduce((sum, e) => sum + e.dur! / 1000, 0)
          .toFixed(1)}`,
    );
    console.log(`${scriptUrlPart.slice(0, 12)}: ${tasks.length} tasks; ${sums.join(', ')}`);
    for (const t of scriptTasks.filter((t) => ms(t) > 8)) {
      const inside = onThread
        .filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur! && ms(e) > 1)
        .map((e) => `${e.name} ${ms(e).toFixed(1)}${e.args?.data?.url ? ` ${e.args.data.url.slice(-30)}` : ''}`);
      console.log(`task ${ms(t).toFixed(1)} ms at +${((t.ts - start.ts) / 1000).toFixed(0)}: ${inside.join(' | ')}`);
    }
  }
  return {
    mainThreadMs: tasks.reduce((sum, t) => sum + ms(t), 0),
    mainThreadCpuMs: tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur!) / 1000, 0),
    tasks: tasks.length,
    taskList: tasks,
    longestTaskMs: Math.max(0, ...tasks.map(ms)),
    longestScriptTaskMs: Math.max(0, ...scriptTasks.map(ms)),
    longestScriptTaskCpuMs: Math.max(0, ...scriptTasks.map((t) => (t.tdur ?? t.dur!) / 1000)),
  };
}

/** Thread time / wall time of the task running at each sample's time (1 outside tasks). */
function cpuShares(profile: Profile, tasks: TraceEvent[]): number[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const shares: number[] = [];
  let at = profile.startTime;
  let j = 0;
  for (const delta of profile.timeDeltas ?? []) {
    at += delta;
    while (j < sorted.length && sorted[j]!.ts + sorted[j]!.dur! < at) j++;
    const task = sorted[j];
    shares.push(task && task.ts <= at && task.dur! > 0 ? Math.min(1, (task.tdur ?? task.dur!) / task.dur!) : 1);
  }
  return shares;
}

function fromProfile(
  profile: Profile,
  scriptUrlPart: string,
  tasks: TraceEvent[],
): Pick<LoadCost, 'scriptMs' | 'scriptCpuMs' | 'hotspots' | 'inclusive'> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const inScript = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = inScript.get(id);
    if (known != null) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.includes(scriptUrlPart) || (up != null && isOurs(up));
    inScript.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let scriptUs = 0;
  let scriptCpuUs = 0;
  const shares = cpuShares(profile, tasks);
  const hotspots = new Map<string, number>();
  const inclusive = new Map<string, number>();
  // timeDeltas[i] is the time before sample i; the sample's own duration is the next delta.
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const id = samples[i]!;
    if (!isOurs(id)) continue;
    const cpuUs = us * shares[i]!;
    scriptUs += us;
    scriptCpuUs += cpuUs;
    const node = byId.get(id)!;
    const name = node.callFrame.url.includes(scriptUrlPart)
      ? `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`
      : `${node.callFrame.functionName || node.callFrame.url || '(native)'} [called from ours]`;
    hotspots.set(name, (hotspots.get(name) ?? 0) + cpuUs / 1000);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at != null; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url.includes(scriptUrlPart)) continue;
      const fn = `${frame.functionName || '(anonymous)'}:${frame.lineNumber}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + cpuUs / 1000);
    }
  }
  return { scriptMs: scriptUs / 1000, scriptCpuMs: scriptCpuUs / 1000, hotspots, inclusive };
}

/**
 * PAGE_COST_DEBUG=1: for each task of the script over 16 ms, the functions the profile sampled
 * inside it (self time; the trace and the profile share one clock).
 */
function explainLongTasks(events: TraceEvent[], profile: Profile, scriptUrlPart: string): void {
  const start = [...events].reverse().find((e) => e.name === START_MARK);
  if (!start) return;
  const onThread = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur != null);
  const ours = onThread.filter((e) => e.name !== 'RunTask' && e.args?.data?.url?.includes(scriptUrlPart));
  const long = onThread.filter(
    (t) =>
      t.name === 'RunTask' &&
      t.ts >= start.ts &&
      t.dur! > 16_000 &&
      ours.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas ?? []) times.push((at += delta));
  for (const t of long) {
    const self = new Map<string, number>();
    (profile.samples ?? []).forEach((id, i) => {
      if (times[i]! < t.ts || times[i]! >= t.ts + t.dur!) return;
      const frame = byId.get(id)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'}:${frame.lineNumber}${frame.url.includes(scriptUrlPart) ? '' : ' [not ours]'}`;
      self.set(name, (self.get(name) ?? 0) + ((profile.timeDeltas ?? [])[i + 1] ?? 0) / 1000);
    });
    const top = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
    console.log(
      `long task ${(t.dur! / 1000).toFixed(1)} ms at +${((t.ts - start.ts) / 1000).toFixed(0)}: ${top.join(' | ')}`,
    );
  }
}

let saved = 0;
/** PAGE_COST_SAVE=DIR: each load's trace and profile as JSON files, for offline analysis. */
function saveRaw(dir: string, scriptUrlPart: string, events: TraceEvent[], profile: Profile): void {
  mkdirSync(dir, { recursive: true });
  const name = `${String(++saved).padStart(3, '0')}-${scriptUrlPart.replace(/\W+/g, '_').slice(0, 20)}`;
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ scriptUrlPart, events, profile }));
}
