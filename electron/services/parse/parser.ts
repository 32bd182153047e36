import { Worker } from 'node:worker_threads';
import { findWorkerFile } from '../workerFile';
import type { ParseOptions } from '../../../shared/genre/report';
import type { ImportSource } from '../../../shared/ipc/contract';
import { PARSE_LIMITS } from '../../../shared/model/limits';
import { analyseSource, type AnalysedReport } from '../import/analyse';
import { ImportError } from '../import/errors';
import type { ParseReply, ParseRequest } from './protocol';

/** Reads reports for import and 打开. `jobId`, chosen by the page, lets it cancel that read. */
export interface ReportParser {
  analyse(source: ImportSource, options?: ParseOptions, jobId?: string): Promise<AnalysedReport>;
  /** Stops the named read (queued or running); false when there is none. */
  cancel(jobId: string): boolean;
  close(): Promise<void>;
}

/** In the caller's thread: for the CLI, a batch tool whose process is its own. */
export const inProcessParser: ReportParser = {
  analyse: (source, options = {}) => analyseSource(source, options),
  cancel: () => false,
  close: () => Promise.resolve(),
};

export interface WorkerParserOptions {
  workerFile?: string;
  timeLimitMs?: number;
  memoryLimitMb?: number;
}

interface Job {
  id: number;
  jobId: string | undefined;
  request: ParseRequest;
  resolve: (analysed: AnalysedReport) => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * The built worker (out/worker/parse.mjs), found from wherever this code runs: the sources (tests, web
 * mode), out/main or out/cli. In a packaged app it sits unpacked beside app.asar, where a worker can load it.
 */
export function findParseWorker(from: string = import.meta.dirname): string {
  return findWorkerFile('parse', from);
}

/**
 * Reads reports one at a time in a worker thread with a time and a memory limit, so a hostile file can
 * freeze neither the window nor web mode. A read that runs over a limit, or is cancelled, ends the
 * worker; the next read starts a fresh one.
 */
export class WorkerParser implements ReportParser {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private nextId = 1;
  private readonly workerFile: string;
  private readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;

  constructor(options: WorkerParserOptions = {}) {
    this.workerFile = options.workerFile ?? findParseWorker();
    this.timeLimitMs = options.timeLimitMs ?? PARSE_LIMITS.timeMs;
    this.memoryLimitMb = options.memoryLimitMb ?? PARSE_LIMITS.memoryMb;
  }

  analyse(source: ImportSource, options: ParseOptions = {}, jobId?: string): Promise<AnalysedReport> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, jobId, request: { id, source, options }, resolve, reject });
      this.next();
    });
  }

  cancel(jobId: string): boolean {
    const queued = this.queue.findIndex((job) => job.jobId === jobId);
    if (queued >= 0) {
      this.queue.splice(queued, 1)[0]?.reject(new ImportError('CANCELLED'));
      return true;
    }
    if (this.running?.jobId !== jobId) return false;
    this.stopWorker(new ImportError('CANCELLED'));
    return true;
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new ImportError('CANCELLED'));
    const worker = this.worker;
    this.worker = null;
    this.settle((job) => job.reject(new ImportError('CANCELLED')));
    await worker?.terminate();
  }

  private next(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    job.timer = setTimeout(() => this.stopWorker(new ImportError('PARSE_TIMEOUT')), this.timeLimitMs);
    this.ensureWorker().postMessage(job.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb, maxYoungGenerationSizeMb: Math.min(64, this.memoryLimitMb) },
    });
    // An idle worker never keeps web mode or the CLI alive.
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      if (reply.id !== this.running?.id) return;
      this.settle((job) => {
        if (reply.ok) job.resolve(reply.analysed);
        else if ('code' in reply) job.reject(new ImportError(reply.code));
        else job.reject(new Error(`parse worker: ${reply.unexpected}`));
      });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportError('PARSE_OUT_OF_MEMORY') : error;
      this.settle((job) => job.reject(reason));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.settle((job) => job.reject(new Error(`parse worker exited with code ${code}`)));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the running read (its worker with it) with `reason`. */
  private stopWorker(reason: Error): void {
    const worker = this.worker;
    this.worker = null;
    this.settle((job) => job.reject(reason));
    void worker?.terminate();
  }

  private settle(outcome: (job: Job) => void): void {
    const job = this.running;
    if (!job) return;
    clearTimeout(job.timer);
    this.running = null;
    outcome(job);
    this.next();
  }
}
