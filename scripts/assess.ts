import { runAssess } from './assess-cli';

process.exitCode = runAssess(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  year: new Date().getFullYear(),
});
