package dev.tandem.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one clear line on stderr and exit code 1. The stack
 * trace is printed only with {@code TANDEM_DEBUG=1}, for bug reports.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println("tandem: " + describe(failure));
    if ("1".equals(System.getenv("TANDEM_DEBUG"))) {
      failure.printStackTrace(commandLine.getErr());
    }
    return 1;
  }

  static String describe(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    return message;
  }
}
