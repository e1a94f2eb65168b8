// The emulator's logging hook, shaped like pino (object first, then message) so a pino logger
// can be passed as is; silent by default.

export interface EmulatorLogger {
  debug(data: object, message: string): void;
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
}

export const silentLogger: EmulatorLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
};
