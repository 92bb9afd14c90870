/**
 * Stands in for `@secretlint/profiler` (the bundle and the tests alias it here). The real one
 * registers a module-level PerformanceObserver that, on every mark, searches every mark recorded
 * since the process started and never clears them: the secret scan of each file then costs more
 * than the last, quadratic in the size of the change. secretlint only marks; nothing in two-key
 * reads the profile, so marking nothing changes no finding (test/rules/secret/lib/profiler.test.ts).
 */
export class SecretLintProfiler {
  mark(_marker: unknown): void {}
  getEntries(): Promise<PerformanceEntry[]> {
    return Promise.resolve([]);
  }
  getMeasures(): Promise<PerformanceEntry[]> {
    return Promise.resolve([]);
  }
}

export const secretLintProfiler = new SecretLintProfiler();
