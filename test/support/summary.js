// Reads Jest's --json results in .test-results/ and prints one line per database and, last, the
// whole run: "N passed, N failed". A suite that failed to run, or failed outside its tests (an
// uncaught error after they passed), counts as a failure.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const DIR = join(__dirname, '..', '..', '.test-results');

function count(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const brokenSuites = r.testResults.filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites };
}

function summarize(print = console.log) {
  const files = existsSync(DIR)
    ? readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const total = { passed: 0, failed: 0 };
  for (const f of files) {
    const c = count(join(DIR, f));
    print(`${f.replace(/\.json$/, '')}: ${c.passed} passed, ${c.failed} failed`);
    total.passed += c.passed;
    total.failed += c.failed;
  }
  print(`${total.passed} passed, ${total.failed} failed`);
  return total;
}

module.exports = { summarize, RESULTS_DIR: DIR };

if (require.main === module) summarize();
