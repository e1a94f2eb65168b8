// The preview command's options, read from its command line.

export const USAGE = `Usage: npm run preview -- [--json] [--seeds DIR] [--width N] [--no-colour] [file or folder…]
  Previews each essay's sections and excerpts. With no files, previews every .md/.txt file in the seeds folder.
  --json        print { essays: [...], problems: [...] } instead of text
  --seeds DIR   the seeds folder (default: the repository's seeds/)
  --width N     wrap text to N columns (default: the terminal's width, or 80)
  --no-colour   plain text even on a terminal`;

export interface PreviewArguments {
  json: boolean;
  colour: boolean;
  width?: number;
  seeds: string;
  inputs: string[];
  help: boolean;
  error?: string;
}

export function parsePreviewArguments(argv: readonly string[], defaultSeeds: string): PreviewArguments {
  const parsed: PreviewArguments = { json: false, colour: true, seeds: defaultSeeds, inputs: [], help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? "";
    if (argument === "--json") parsed.json = true;
    else if (argument === "--no-colour" || argument === "--no-color") parsed.colour = false;
    else if (argument === "--help" || argument === "-h") parsed.help = true;
    else if (argument === "--seeds" || argument === "--width") {
      const value = argv[index + 1];
      index += 1;
      if (value === undefined) parsed.error = `${argument} needs a value.`;
      else if (argument === "--seeds") parsed.seeds = value;
      else if (/^\d+$/.test(value) && Number(value) >= 20) parsed.width = Number(value);
      else parsed.error = `--width needs a number of columns (20 or more), not "${value}".`;
    } else if (argument.startsWith("--seeds=")) parsed.seeds = argument.slice("--seeds=".length);
    else if (argument.startsWith("-") && argument !== "-") parsed.error = `Unknown option ${argument}.`;
    else parsed.inputs.push(argument);
  }
  return parsed;
}
