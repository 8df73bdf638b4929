import { relative, resolve } from 'node:path';
import { checkedTargets, checkTarget, prepareToolchain } from './check.js';
import { POLICIES } from './policies.js';
import { ROOT } from './settings.js';

/**
 * `node tools/k8s/validate.mjs [--json] [<kustomization dir>…]`: the jest suite's checks as a
 * report for people; without directories, every overlay.
 */
export function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const dirs = argv.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
  const targets = dirs.length ? dirs.map((dir) => ({ name: relative(ROOT, dir), dir })) : checkedTargets();
  const t0 = Date.now();
  const toolchain = prepareToolchain();
  const reports = targets.map((target) => checkTarget(toolchain, target));
  const failed = reports.filter((r) => r.problems.length > 0);
  if (json) {
    process.stdout.write(`${JSON.stringify({ toolchain: toolchain.description, reports: reports.map((r) => ({ ...r, target: r.target.name })) }, null, 2)}\n`);
    return failed.length ? 1 : 0;
  }
  const lines = [`Using ${toolchain.description}.`, ''];
  for (const report of reports) {
    lines.push(`${report.problems.length ? '✗' : '✓'} ${report.target.name} (${report.objects} objects)`);
    for (const problem of report.problems) {
      lines.push(`    ${problem.check}:`);
      for (const message of problem.messages) lines.push(`      - ${message}`);
    }
  }
  const checks = POLICIES.length + 2;
  lines.push('', `${reports.length - failed.length} of ${reports.length} kustomizations pass all ${checks} checks (${((Date.now() - t0) / 1000).toFixed(1)} s).`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed.length ? 1 : 0;
}
