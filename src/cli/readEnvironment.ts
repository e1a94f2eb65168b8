// The environment as the entry points see it: the process's variables, plus `.env` from the working
// folder for those not already set (a real variable wins over the file). Only entry points call
// this; everything else receives the parsed Config.
import dotenv from "dotenv";

export function readEnvironment(processEnv: NodeJS.ProcessEnv, cwd: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...processEnv };
  dotenv.config({ path: `${cwd}/.env`, quiet: true, processEnv: env as Record<string, string> });
  return env;
}
