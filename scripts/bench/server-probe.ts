/**
 * The two sides of the line between the benchmark and the servers it measures. Each server (the API
 * and the floor) runs in a child process of its own, so that the load generator's CPU and memory are
 * not counted as the server's; the child answers questions about itself over Node's IPC channel: its
 * CPU time so far, its peak RSS since the last reset, and how many SQL statements it has sent.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export interface Usage {
  /** User plus system CPU time of the process so far, in microseconds. */
  cpuMicros: number;
  /** Peak resident set size since the last `resetPeak`, in bytes. */
  peakRss: number;
  /** How the peak was taken: the kernel's high-water mark (VmHWM, reset through /proc/self/clear_refs) or sampling every 20 ms. */
  peakSource: 'VmHWM' | 'sampled';
  /** SQL statements sent so far. */
  statements: number;
}

type Question = { id: number; type: 'usage' | 'resetPeak' | 'stop' };
type Answer = { id: number; usage?: Usage; error?: string };

// ---------------------------------------------------------------------------------------------
// Child side
// ---------------------------------------------------------------------------------------------

function vmHwm(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0); false where that is not possible. */
function resetVmHwm(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return vmHwm() !== null;
  } catch {
    return false;
  }
}

/**
 * Called by a server child once it listens: tells the parent its port, then answers its questions.
 * `statements` counts the SQL statements sent so far; `stop` closes the server and its pool.
 */
export function answerParent(port: number, statements: () => number, stop: () => Promise<void>): void {
  let useHwm = resetVmHwm();
  let sampledPeak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    if (!useHwm) sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
  }, 20);
  sampler.unref();
  const usage = (): Usage => {
    const cpu = process.cpuUsage();
    const hwm = useHwm ? vmHwm() : null;
    return {
      cpuMicros: cpu.user + cpu.system,
      peakRss: hwm ?? Math.max(sampledPeak, process.memoryUsage.rss()),
      peakSource: hwm !== null ? 'VmHWM' : 'sampled',
      statements: statements(),
    };
  };
  process.on('message', (message: Question) => {
    const reply = (answer: Omit<Answer, 'id'>) => process.send?.({ id: message.id, ...answer });
    if (message.type === 'usage') reply({ usage: usage() });
    else if (message.type === 'resetPeak') {
      useHwm = resetVmHwm();
      sampledPeak = process.memoryUsage.rss();
      reply({ usage: usage() });
    } else if (message.type === 'stop') {
      clearInterval(sampler);
      stop().then(
        () => {
          reply({});
          process.disconnect?.();
          process.exit(0);
        },
        (error: unknown) => {
          reply({ error: String(error) });
          process.exit(1);
        },
      );
    }
  });
  process.send?.({ ready: port });
}

/** A child's fatal error: printed (no SQL parameters, no personal data), then the child exits. */
export function failChild(error: unknown): never {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Parent side
// ---------------------------------------------------------------------------------------------

export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  usage(): Promise<Usage>;
  resetPeak(): Promise<Usage>;
  stop(): Promise<void>;
}

/** Starts `script` (a compiled file) as a child with an IPC channel and waits until it listens. */
export async function startServerProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<ServerProcess> {
  const child: ChildProcess = fork(script, [], {
    env: { ...process.env, ...env },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let exited = false;
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (message: Answer & { ready?: number }) => {
      if (message.ready !== undefined) return resolve(message.ready);
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!waiting) return;
      if (message.error) waiting.reject(new Error(`${name}: ${message.error}`));
      else waiting.resolve(message);
    });
    child.once('exit', (code) => {
      exited = true;
      const error = new Error(`The ${name} server process exited (code ${code}).`);
      reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  });
  const ask = (type: Question['type']) =>
    new Promise<Answer>((resolve, reject) => {
      if (exited) return reject(new Error(`The ${name} server process has exited.`));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, type } satisfies Question);
    });
  return {
    name,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    usage: async () => (await ask('usage')).usage!,
    resetPeak: async () => (await ask('resetPeak')).usage!,
    stop: async () => {
      if (exited) return;
      const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await Promise.race([ask('stop').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      if (!exited) {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exit;
        clearTimeout(timer);
      }
    },
  };
}
