/**
 * Long work in the pane: each stage is shown as it starts, the browser gets to paint and
 * handle input between stages, and the user's 取消 stops the work at the next stage.
 */
export type Progress = (label: string, fraction: number) => void;

/** Thrown at the next stage after the user cancelled; `wrote` says whether the workbook was already being changed. */
export class Cancelled extends Error {
  constructor(readonly wrote: boolean) {
    super("cancelled");
    this.name = "Cancelled";
  }
}

export class Work {
  private cancelled = false;
  /** Set once the work starts changing the workbook. */
  wrote = false;

  constructor(private readonly show: Progress) {}

  cancel(): void {
    this.cancelled = true;
  }

  /** Shows the stage, then yields to the browser (a paint, clicks on 取消) before the work goes on. */
  async step(label: string, fraction: number): Promise<void> {
    this.report(label, fraction);
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.check();
  }

  /** Progress from between requests, which yield by themselves; stops here when cancelled. */
  report(label: string, fraction: number): void {
    this.check();
    this.show(label, fraction);
  }

  private check(): void {
    if (this.cancelled) throw new Cancelled(this.wrote);
  }
}
