/** `wharf` command dispatcher: `check` (offline policy check), `chart` (chart preflight), `packages` (package-group preflight), `admin` (recovery), `audit` (verify the chain). */

const USAGE = `Usage: wharf <command> [options]

Commands:
  check <change-set.json> [--entity <describe-entity.json>] [--format text|json]
        Check a StartChangeSet request body against Wharf's policy rules, offline.
        Exit status: 0 no errors, 1 error findings, 2 unreadable input.
  chart ...   Analyse a Helm chart (see \`wharf chart --help\`).
  packages <file | dir>… --platform linux|windows --installer <name> [--format text|json]
        Preflight of a Private Image Build package group (seed 002), offline. Exit status as check.
  admin --email <address> [--name <name>] [--password-stdin]
        Create or restore an admin account in the configured database (see \`wharf admin --help\`).
  audit verify [--format text|json]
        Verify the audit log's hash chain and say where it breaks. Exit status: 0 intact, 1 broken.

Options:
  -h, --help  Show this help.
`;

type ChartModule = { runChart(argv: string[]): Promise<number> };

/** Runs the CLI and resolves to the process exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'check') {
    const { runCheck } = await import('./check');
    return runCheck(rest);
  }
  if (command === 'packages') {
    const { runPackages } = await import('./packages');
    return runPackages(rest);
  }
  if (command === 'admin') {
    const { runAdmin } = await import('./admin');
    return runAdmin(rest);
  }
  if (command === 'audit') {
    const { runAudit } = await import('./audit');
    return runAudit(rest);
  }
  if (command === 'chart') {
    let mod: ChartModule;
    try {
      // lib/cli/chart.ts belongs to the chart analyser and may not exist yet: load it lazily.
      const path = './chart';
      mod = (await import(/* @vite-ignore */ path)) as ChartModule;
    } catch {
      process.stderr.write('wharf: chart command not available\n');
      return 2;
    }
    return mod.runChart(rest);
  }
  process.stderr.write(`wharf: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}
