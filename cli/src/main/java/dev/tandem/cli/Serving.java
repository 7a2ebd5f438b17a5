package dev.tandem.cli;

import dev.tandem.server.TandemServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;

/** Runs a started server until Ctrl-C (or, in tests, until the thread is interrupted). */
final class Serving {
  private Serving() {}

  /**
   * The port to ask for: {@code wanted}, or 0 (any free one) with a message when another program
   * already listens on it.
   */
  static int portOrFree(String host, int wanted, PrintWriter out) {
    if (wanted == 0) {
      return 0;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, wanted));
      return wanted;
    } catch (IOException e) {
      out.println("Port " + wanted + " is taken (another program listens on it): serving on a free"
          + " port instead. Choose one with --port N.");
      return 0;
    }
  }

  /** Blocks until Ctrl-C stops the JVM or the thread is interrupted; then the server is closed. */
  static int untilStopped(TandemServer server) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "tandem-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
      return 0;
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      server.close(); // before restoring the flag: stopping waits for the server's threads
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
