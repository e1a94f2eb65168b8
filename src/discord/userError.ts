// An error whose message is written for the member (what was wrong, what to do instead). Handlers
// throw it for bad input; the dispatcher shows its message ephemerally and logs it as routine.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
