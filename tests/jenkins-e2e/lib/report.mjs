// One line per step ("ok   ..." or "FAIL ...: why"), appended to the results file run.sh counts.
import { appendFileSync } from 'node:fs';

export class Report {
  constructor(resultsFile) {
    this.resultsFile = resultsFile;
    this.failures = 0;
  }

  line(text) {
    console.log(text);
    appendFileSync(this.resultsFile, text + '\n');
  }

  /**
   * Runs one step; a failure is recorded, never thrown, so later independent steps still run.
   * onFailure (e.g. a screenshot) runs before the line is written. Returns the step's value or undefined.
   */
  async step(name, fn, onFailure) {
    const started = Date.now();
    try {
      const detail = await fn();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      this.line(`ok   ${name}${typeof detail === 'string' && detail ? ': ' + detail : ''} (${secs} s)`);
      return detail ?? true;
    } catch (e) {
      this.failures++;
      if (onFailure) {
        try {
          await onFailure(name);
        } catch (ignored) {
          // the failure line matters more than its screenshot
        }
      }
      this.line(`FAIL ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
      return undefined;
    }
  }
}

/** Polls fn until it returns a truthy value; throws "<what> not seen within N s" (with the last error) after timeoutMs. */
export async function waitFor(what, fn, { timeoutMs = 60_000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) {
        return value;
      }
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} not seen within ${timeoutMs / 1000} s${last ? ' (last error: ' + last.message + ')' : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}
