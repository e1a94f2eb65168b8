// `npm run register`: registers Colloquy's slash commands with Discord (see runRegister.ts).
import { readEnvironment } from "./readEnvironment.js";
import { runRegister } from "./runRegister.js";

const code = await runRegister(readEnvironment(process.env, process.cwd()), process.cwd(), (line) => process.stdout.write(`${line}\n`));
process.exit(code);
