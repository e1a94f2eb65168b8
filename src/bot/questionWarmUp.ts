// With an LLM configured, better questions arrive after start-up: the question service asks the
// model in the background (never while a member waits), and once it has new questions the bot
// swaps in readings that use them. Without an LLM this finishes at once and changes nothing.
import { describeError } from "../discord/describeError.js";
import { withFreshQuestions } from "../library/library.js";
import type { Logger } from "../logging/createLogger.js";
import type { QuestionService } from "../questions/questionService.js";
import type { BotServiceFactory } from "./botService.js";

export function questionWarmUp(questions: QuestionService, logger: Logger): BotServiceFactory {
  return (_client, context) => {
    let stopped = false;
    return {
      name: "question warm-up",
      start() {
        void questions.warmQuestions(context.library.readings.map((reading) => reading.essay)).then(
          (report) => {
            if (stopped) return;
            if (report.generated > 0) context.library = withFreshQuestions(context.library, (essay) => questions.questionsFor(essay));
            if (report.generated + report.cached + report.failed > 0) logger.info({ ...report }, "LLM questions ready");
          },
          (error: unknown) => logger.error({ err: describeError(error) }, "could not ask the LLM for questions; offline questions stay in use"),
        );
      },
      stop() {
        // A request in flight is not awaited (a model may take its full timeout); its answer is ignored.
        stopped = true;
      },
    };
  };
}
