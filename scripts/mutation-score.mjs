// Prints the mutation score per Domain folder and overall from a Stryker JSON report (mutation-testing-report-schema).
// Score = detected / (detected + undetected), as Stryker counts it: killed and timed-out mutants are detected,
// survivors and mutants no test reaches are not; compile errors and ignored mutants do not count.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const folders = new Map();
const count = (name) => folders.get(name) ?? folders.set(name, { killed: 0, survived: 0, noCoverage: 0 }).get(name);

for (const [path, file] of Object.entries(report.files)) {
  const parts = path.replaceAll('\\', '/').split('/');
  const at = parts.lastIndexOf('OnlineMinisterial.Domain');
  const folder = parts.length - at > 2 ? parts[at + 1] : '(root)';
  for (const mutant of file.mutants) {
    const c = count(folder);
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') c.killed++;
    else if (mutant.status === 'Survived') c.survived++;
    else if (mutant.status === 'NoCoverage') c.noCoverage++;
  }
}

const line = (name, c) => {
  const total = c.killed + c.survived + c.noCoverage;
  const score = total === 0 ? '   n/a' : `${((100 * c.killed) / total).toFixed(1).padStart(5)}%`;
  console.log(`${name.padEnd(14)} ${score}  ${String(c.killed).padStart(5)} killed ${String(c.survived).padStart(4)} survived ${String(c.noCoverage).padStart(4)} no coverage`);
};
const all = { killed: 0, survived: 0, noCoverage: 0 };
console.log('folder          score  (killed + timeout / all but compile errors and ignored)');
for (const name of [...folders.keys()].sort()) {
  const c = folders.get(name);
  if (c.killed + c.survived + c.noCoverage === 0) continue;
  line(name, c);
  for (const k of Object.keys(all)) all[k] += c[k];
}
line('overall', all);
