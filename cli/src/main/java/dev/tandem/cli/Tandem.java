package dev.tandem.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tandem} command: entry point of the command line. */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Cross-sell and up-sell recommendations for a shop, learned from its catalog and its",
      "customers' behaviour.",
      "",
      "Start with 'tandem demo': it imports the bundled Online Retail data into a new",
      "embedded store, trains, and serves the HTTP API on localhost with curl examples."
    },
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      StatsCommand.class,
      RulesCommand.class,
      BundlesCommand.class,
      CategoriesCommand.class,
      RelationCommand.class,
      SegmentsCommand.class,
      PropensityCommand.class,
      RecommendCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Tandem implements Runnable {
  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given output streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Tandem());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new FriendlyErrors());
    commandLine.setUsageHelpWidth(100);
    return commandLine.execute(args);
  }
}
