package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shop.EventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliberately broken files made of real Online Retail rows. Each corruption must be rejected with
 * its exact line, field and reason; every valid row must survive; nothing may crash.
 */
class BrokenFilesTest {
  @TempDir Path dir;
  private final CollectingWriter store = new CollectingWriter();

  private ImportSummary importFile(Path file) {
    return new Importer(TestData.CLOCK).run(file, Preset.named("online-retail"), store,
        dir.resolve("rejects.csv"), ImportProgress.NONE);
  }

  /** Header plus 21 real rows; line n of the file is lines.get(n - 1). */
  private static List<String> corrupted() {
    List<String> lines = new ArrayList<>(RealRows.firstLines(21));
    lines.set(2, cut(lines.get(2), ",United Kingdom"));          // line 3: 7 fields
    lines.set(4, lines.get(4).replace(",6,", ",6x,"));             // line 5
    lines.set(5, lines.get(5).replace("2010-12-01", "2010-13-01")); // line 6
    lines.set(6, lines.get(6).replace(",7.65,", ",-7.65,"));        // line 7
    lines.set(7, lines.get(7).replace("GLASS STAR", "GLASS \uFFFFSTAR")); // line 8, see below
    lines.set(8, lines.get(8).replace("HAND WARMER UNION JACK", "X".repeat(70_000))); // line 9
    lines.set(9, lines.get(9).replace("HAND WARMER RED POLKA DOT", "\"HAND WARMER\"RED")); // 10
    lines.set(11, lines.get(11).replace(",22745,", ",POST,"));      // line 12
    lines.set(12, lines.get(12).replace("POPPY'S", "\"POPPY'S"));   // line 13: never closed
    lines.set(13, lines.get(13).replace(",8,", ",0,"));             // line 14
    lines.set(14, lines.get(14).replace("536367,", ","));           // line 15: no invoice
    lines.set(15, lines.get(15).replace("536367,", "A536367,"));    // line 16: bad debt
    lines.set(16, lines.get(16).replace("536367,", "C536367,").replace(",3,", ",-3,")); // 17
    lines.set(17, lines.get(17).replace("13047.0", ""));            // line 18: guest
    lines.set(18, lines.get(18) + "\r");                            // line 19: CRLF
    lines.add(20, "536367,21755," + "Y".repeat(1_100_000) + ",3,2010-12-01 08:34:00,5.95,,UK");
    return lines;                              // line 21: too long; lines 22, 23 fine
  }

  private static String cut(String line, String suffix) {
    return line.substring(0, line.length() - suffix.length());
  }

  /** Writes the lines, turning U+FFFF into a byte that is not UTF-8. */
  private Path write(String name, List<String> lines) throws IOException {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] marker = "\uFFFF".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (i + marker.length <= bytes.length
          && Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
        out.write(0xFF);
        i += marker.length - 1;
      } else {
        out.write(bytes[i]);
      }
    }
    Path file = dir.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  void corruptedRows_eachRejectedWithLineFieldAndReason() throws IOException {
    ImportSummary summary = importFile(write("broken.csv", corrupted()));

    assertThat(RealRows.rejects(dir.resolve("rejects.csv"))).containsExactly(
        "3 : wrong column count",
        "5 Quantity: bad number",
        "6 InvoiceDate: bad date",
        "7 UnitPrice: non-positive price",
        "8 Description: bad encoding",
        "9 Description: field too long",
        "10 Description: bad quote",
        "12 StockCode: non-product code",
        "13 Description: unterminated quote",
        "14 Quantity: non-positive quantity",
        "15 InvoiceNo: missing value",
        "16 InvoiceNo: bad debt",
        "21 : line too long");
    assertThat(summary.rowsRead()).isEqualTo(22);
    assertThat(summary.accepted()).isEqualTo(9);
    assertThat(summary.rejected()).isEqualTo(13);
    assertThat(summary.committed()).isTrue();
  }

  @Test
  void corruptedRows_everyValidRowSurvives() throws IOException {
    importFile(write("broken.csv", corrupted()));

    assertThat(store.events.keySet()).containsExactly("536365/85123A/1", "536365/84406B/1",
        "536367/84879/1", "C536367/22623/1", "536367/22622/1", "536367/21754/1",
        "536367/21755/1", "536367/21777/1", "536367/48187/1");
    assertThat(store.events.get("C536367/22623/1").type()).isEqualTo(EventType.RETURN);
    assertThat(store.events.get("C536367/22623/1").quantity()).isEqualTo(3);
    assertThat(store.events.get("536367/22622/1").userId()).isNull();
    assertThat(store.committed).isTrue();
  }

  @Test
  void emptyFile_failsClearly_nothingStored() throws IOException {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    ImportSummary summary = importFile(empty);

    assertThat(summary.committed()).isFalse();
    assertThat(summary.failure()).isEqualTo(
        "empty.csv is empty: expected a header row naming the columns");
    assertThat(summary.rowsRead()).isZero();
    assertThat(store.committed).isFalse();
    assertThat(summary.render()).contains("NOT committed", "Nothing of this import was stored");
  }

  @Test
  void headerOnly_importsNothing() throws IOException {
    ImportSummary summary = importFile(write("header.csv", RealRows.firstLines(0)));

    assertThat(summary.committed()).isTrue();
    assertThat(summary.rowsRead()).isZero();
    assertThat(store.events).isEmpty();
  }

  @Test
  void truncatedGzip_rolledBack_saysWhere() throws IOException {
    byte[] whole = gzip(String.join("\n", RealRows.firstLines(2000)) + "\n");
    Path truncated = Files.write(dir.resolve("cut.csv.gz"),
        Arrays.copyOf(whole, whole.length * 2 / 3));
    ImportSummary summary = importFile(truncated);

    assertThat(summary.committed()).isFalse();
    assertThat(summary.failure()).startsWith("cut.csv.gz after line ")
        .contains("ends unexpectedly or is corrupt (truncated gzip?)");
    assertThat(summary.eventsAdded()).isZero();
    assertThat(summary.rowsRead()).isEqualTo(summary.accepted() + summary.rejected());
    assertThat(store.committed).isFalse();
  }

  @Test
  void missingColumn_namesItAndTheColumnsFound() throws IOException {
    List<String> lines = RealRows.firstLines(2);
    lines.replaceAll(line -> line.substring(0, line.lastIndexOf(',')));
    ImportSummary summary = importFile(write("no-country.csv", lines));

    assertThat(summary.committed()).isFalse();
    assertThat(summary.failure()).isEqualTo("no-country.csv has no column Country; its columns are:"
        + " InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID");
  }

  @Test
  void missingFile_failsClearly() {
    ImportSummary summary = importFile(dir.resolve("nowhere.csv"));

    assertThat(summary.committed()).isFalse();
    assertThat(summary.failure()).isEqualTo("there is no file " + dir.resolve("nowhere.csv"));
  }

  /** Real rows with a type column, through a mapping: one type is not ours. */
  @Test
  void unknownEventType_viaMapping() throws IOException {
    List<String> lines = RealRows.firstLines(4);
    lines.set(0, lines.get(0) + ",Action");
    lines.set(1, lines.get(1) + ",purchase");
    lines.set(2, lines.get(2) + ",teleport");
    lines.set(3, lines.get(3) + ",ADD_TO_CART");
    lines.set(4, lines.get(4) + ",");
    Path mapping = Files.writeString(dir.resolve("retail.json"), """
        {"currency": "GBP", "events": {"id": {"column": "InvoiceNo", "occurrence": true},
         "type": "Action", "item": "StockCode", "quantity": "Quantity",
         "time": {"column": "InvoiceDate", "format": "yyyy-MM-dd HH:mm:ss"}}}""");
    ImportSummary summary = new Importer(TestData.CLOCK).run(write("typed.csv", lines),
        Preset.of(MappingFile.load(mapping), "retail.json"), store, dir.resolve("rejects.csv"),
        ImportProgress.NONE);

    assertThat(RealRows.rejects(dir.resolve("rejects.csv"))).containsExactly(
        "3 Action: unknown event type", "5 Action: missing value");
    // occurrences count every row, rejected or not: fixing line 3 later renumbers nothing
    assertThat(store.events.keySet()).containsExactly("536365/1", "536365/3");
    assertThat(store.events.get("536365/3").type()).isEqualTo(EventType.ADD_TO_CART);
    assertThat(summary.rowsRead()).isEqualTo(4);
  }

  /** Real rows as JSON Lines: a broken line and a line that is not an object. */
  @Test
  void badJsonLines_rejected_restSurvive() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String row : RealRows.firstLines(3).subList(1, 4)) {
      String[] f = row.split(",");
      lines.add("{\"invoice\": \"" + f[0] + "\", \"code\": \"" + f[1] + "\", \"at\": \""
          + f[4] + "\"}");
    }
    lines.set(1, lines.get(1).substring(0, 30));
    lines.add("[1, 2]");
    Path mapping = Files.writeString(dir.resolve("lines.json"), """
        {"events": {"id": {"columns": ["invoice", "code"]}, "type": {"constant": "view"},
         "item": "code", "time": {"column": "at", "format": "yyyy-MM-dd HH:mm:ss"}}}""");
    ImportSummary summary = new Importer(TestData.CLOCK).run(write("rows.jsonl", lines),
        Preset.of(MappingFile.load(mapping), "lines.json"), store, dir.resolve("rejects.csv"),
        ImportProgress.NONE);

    assertThat(RealRows.rejects(dir.resolve("rejects.csv"))).containsExactly(
        "2 : bad json", "4 : bad json");
    assertThat(store.events.keySet()).containsExactly("536365/85123A", "536365/84406B");
    assertThat(summary.accepted()).isEqualTo(2);
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
