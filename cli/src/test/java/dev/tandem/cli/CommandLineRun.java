package dev.tandem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real command line in this JVM: its exit code and everything it printed. */
record CommandLineRun(int exitCode, String out, String err) {
  static CommandLineRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Tandem.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandLineRun(code, out.toString(), err.toString());
  }
}
