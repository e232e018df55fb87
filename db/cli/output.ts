// What the command line writes: results on stdout, progress and failures on stderr. Progress
// redraws one line in a terminal and, when stderr is a file or pipe, writes a line every 10%.
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

export const formatCount = (n: number): string => n.toLocaleString('en-GB');

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'GiB'}`;
}

export function formatSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private lastTenth = 0;
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly noun: string,
    private readonly stream: ProgressStream = process.stderr,
  ) {
    this.tty = stream.isTTY === true;
  }

  update(done: number): void {
    const now = performance.now();
    const elapsed = now - this.started;
    const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0;
    const left = rate > 0 ? ((this.total - done) / rate) * 1000 : 0;
    const percent = Math.floor((done / this.total) * 100);
    const text = `${formatCount(done)} of ${formatCount(this.total)} ${this.noun} (${percent}%), ${formatCount(Math.round(rate))}/s, about ${formatSeconds(left)} left`;
    if (this.tty) {
      // Redrawing more than a few times a second only slows the work down.
      if (now - this.lastDraw < 200 && done < this.total) return;
      this.lastDraw = now;
      this.stream.write(`\r${text}\x1b[K`);
      return;
    }
    const tenth = Math.floor((done * 10) / this.total);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.stream.write(`${text}\n`);
    }
  }

  finish(): void {
    if (this.tty) this.stream.write('\n');
  }
}
