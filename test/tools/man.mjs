// The man page, dist/wirestory.1, from the same commander definitions the command runs on
// (src/cli/main.ts createProgram): every command with its arguments and options, as an mdast
// tree that remark-man turns into roff. Run by build.mjs on the freshly built CLI; npm
// installs it with the package (`man wirestory` after `npm install -g`).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import remarkMan from 'remark-man';
import { unified } from 'unified';

const text = (value) => ({ type: 'text', value });
const code = (value) => ({ type: 'inlineCode', value });
const heading = (depth, value) => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (...children) => ({ type: 'paragraph', children });
const list = (items) => ({ type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })) });

function usage(command, prefix) {
  const args = command.registeredArguments.map((arg) => (arg.required ? `<${arg.name()}${arg.variadic ? '...' : ''}>` : `[${arg.name()}${arg.variadic ? '...' : ''}]`));
  return [prefix, command.name(), '[options]', ...args].filter(Boolean).join(' ');
}

function options(command) {
  const help = command.createHelp();
  return help.visibleOptions(command).map((option) => {
    const extra = [];
    if (option.argChoices) extra.push(`one of ${option.argChoices.join(', ')}`);
    if (option.defaultValue !== undefined && typeof option.defaultValue !== 'boolean') extra.push(`default ${JSON.stringify(option.defaultValue)}`);
    return [code(option.flags), text(`: ${option.description}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`)];
  });
}

/** The man page (roff) of a commander program. */
export function manPage(program, version, date) {
  const children = [
    heading(1, `${program.name()}(1) -- ${program.description()}`),
    heading(2, 'SYNOPSIS'),
    paragraph(code(`${program.name()} [options] [files...]`)),
    paragraph(code(`${program.name()} <command> [options] ...`)),
    heading(2, 'DESCRIPTION'),
    paragraph(text(program.description())),
    paragraph(text('With no command, the files (or stdin) are parsed and printed as articles: the parse command.')),
    heading(2, 'GLOBAL OPTIONS'),
    list(options(program)),
    heading(2, 'COMMANDS'),
  ];
  for (const command of program.createHelp().visibleCommands(program)) {
    if (command.name() === 'help') continue;
    children.push(heading(3, command.name()), paragraph(code(usage(command, program.name()))), paragraph(text(command.description())));
    const args = command.registeredArguments.map((arg) => [code(arg.name()), text(`: ${arg.description}`)]);
    if (args.length > 0) children.push(list(args));
    const opts = options(command);
    if (opts.length > 0) children.push(list(opts));
  }
  children.push(
    heading(2, 'EXIT STATUS'),
    list([[code('0'), text(': success')], [code('1'), text(': an input could not be parsed or converted, or a fixture failed')], [code('2'), text(': usage error')]]),
    heading(2, 'SEE ALSO'),
    paragraph(text(`${program.name()} --help, ${program.name()} <command> --help, and README.md in the package.`)),
  );
  return unified()
    .use(remarkMan, { name: program.name(), section: 1, version, manual: 'wirestory manual', date })
    .stringify({ type: 'root', children });
}

/**
 * The date in the page's footer: the month of the last commit (`SOURCE_DATE_EPOCH` when set, as
 * reproducible builds do), never the clock, and as mid-month noon UTC so no time zone moves it.
 */
function pageDate() {
  let seconds = Number(process.env.SOURCE_DATE_EPOCH);
  if (!Number.isFinite(seconds)) {
    try {
      seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      seconds = NaN;
    }
  }
  const when = Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date(Date.UTC(2026, 0, 1));
  // remark-man reads the month in local time; the 15th at noon UTC is that month in every zone.
  return new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth(), 15, 12));
}

/** The man page of the CLI built in `dist`. */
export async function manPageOf(dist, version) {
  const { createProgram } = await import(pathToFileURL(`${dist}/cli.js`).href);
  const context = { io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() }, setExit() {}, debug: () => false };
  return manPage(createProgram(context), version, pageDate());
}

/** Writes `<dist>/wirestory.1`. */
export async function writeManPage(dist, version) {
  writeFileSync(`${dist}/wirestory.1`, await manPageOf(dist, version));
}
