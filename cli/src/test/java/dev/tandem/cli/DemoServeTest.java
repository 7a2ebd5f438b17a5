package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem demo}, the README's first command, on the bundled data: it imports, trains and
 * serves on an ephemeral port, and every {@code curl} call it prints is run as printed, by curl,
 * against it and must succeed; interrupting it (as Ctrl-C would) stops the server.
 */
class DemoServeTest {
  @TempDir Path dir;

  @Test
  void demo_servesAndEveryPrintedCurlCallWorks() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "no curl; skipping");
    CharArrayWriter printed = new CharArrayWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread demo = new Thread(() -> exit.set(Tandem.run(
        new String[] {"demo", "--dir", dir.toString(), "--data",
            ImportAndStatsTest.DATA.toString(), "--port", "0"},
        new PrintWriter(printed, true), new PrintWriter(System.err, true))));
    demo.start();
    String out = awaitOutput(printed, "# everything else", demo);
    List<String> calls = out.lines().map(String::strip).filter(l -> l.startsWith("curl ")).toList();
    assertThat(calls).hasSize(CurlExamples.DEMO.size());
    int port = Integer.parseInt(
        out.replaceAll("(?s).*serves the demo store on http://127\\.0\\.0\\.1:(\\d+).*", "$1"));

    for (String call : calls) {
      String[] answer = run(call + " -sS -w '\\n%{http_code}'").split("\n");
      assertThat(answer[answer.length - 1]).as(call).isIn("200", "202");
      String body = String.join("\n", List.of(answer).subList(0, answer.length - 1));
      assertThat(body).as(call).startsWith("{");
      if (call.contains("cross-sell") || call.contains("up-sell")) {
        assertThat(body).as(call).contains("\"explanation\"");
      }
    }
    assertThat(out).contains("Ctrl-C stops it").contains("Frequently bought together");

    demo.interrupt();
    demo.join(60_000);
    assertThat(exit.get()).isZero();
    assertThat(listening(port)).as("stopped").isFalse();
  }

  @Test
  void portOrFree_takenPort_fallsBackWithAMessage() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CharArrayWriter printed = new CharArrayWriter();
      int port =
          Serving.portOrFree("127.0.0.1", taken.getLocalPort(), new PrintWriter(printed, true));
      assertThat(port).isZero();
      assertThat(printed.toString()).contains("Port " + taken.getLocalPort() + " is taken")
          .contains("--port N");
    }
  }

  private static String awaitOutput(CharArrayWriter printed, String marker, Thread demo)
      throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      String out = printed.toString();
      if (out.contains(marker)) {
        return out;
      }
      assertThat(demo.isAlive()).as("the demo ended early:\n" + out).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("the demo never served:\n" + printed);
  }

  private static String run(String shellLine) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("bash", "-c", shellLine).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(shellLine + "\n" + out).isZero();
    return out;
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
