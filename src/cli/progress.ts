/** A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal. */
export class ProgressBar {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
  ) {}

  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    this.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} ${label.slice(-40).padEnd(40)}`);
  }

  finish(): void {
    if (this.enabled) this.write('\r' + ' '.repeat(80) + '\r');
  }
}
