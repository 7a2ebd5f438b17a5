package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV records from bytes: quoting, line ends, line numbers, limits. */
class RecordScannerTest {

  /** Each record as "line: field|field" or "line: reason". */
  static List<String> scan(String text) throws IOException {
    return scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> scan(InputStream in) throws IOException {
    RecordScanner scanner = new RecordScanner(in, ',', true);
    List<String> records = new ArrayList<>();
    while (scanner.next()) {
      if (scanner.problem() != null) {
        records.add(scanner.line() + ": " + scanner.problem().reason() + " @" + scanner.problemField());
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < scanner.fieldCount(); i++) {
        fields.add(scanner.field(i));
      }
      records.add(scanner.line() + ": " + String.join("|", fields));
    }
    return records;
  }

  @Test
  void plainAndQuoted() throws IOException {
    assertThat(scan("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\n")).containsExactly(
        "1: a|b|c", "2: x,1|say \"hi\"|");
  }

  @Test
  void crlf_lastLineWithoutNewline_blankLinesSkipped() throws IOException {
    assertThat(scan("a,b\r\n\r\n\nc,\"d\"\r\ne,f")).containsExactly("1: a|b", "4: c|d", "5: e|f");
  }

  @Test
  void quotedNewline_keepsLineNumbers() throws IOException {
    assertThat(scan("a,\"two\nlines\"\nb,c\n")).containsExactly("1: a|two\nlines", "3: b|c");
  }

  @Test
  void quoteInsideUnquotedField_isText() throws IOException {
    assertThat(scan("RECORD FRAME 7\" SINGLE,1\n")).containsExactly("1: RECORD FRAME 7\" SINGLE|1");
  }

  @Test
  void textAfterClosingQuote_isBadQuote() throws IOException {
    assertThat(scan("a,\"b\"c,d\ne,f\n")).containsExactly("1: bad quote @1", "2: e|f");
  }

  @Test
  void unterminatedQuote_rejectsFirstLine_readsOn() throws IOException {
    assertThat(scan("a,b\nc,\"d\ne,f\ng,h\n")).containsExactly(
        "1: a|b", "2: unterminated quote @1", "3: e|f", "4: g|h");
  }

  @Test
  void invalidUtf8_badEncodingInItsField() throws IOException {
    byte[] bytes = {'a', ',', 'b', (byte) 0xC3, '(', '\n', 'c', ',', (byte) 0xC3, (byte) 0xA9, '\n'};
    assertThat(scan(new ByteArrayInputStream(bytes))).containsExactly(
        "1: bad encoding @1", "2: c|\u00e9");
  }

  @Test
  void limits_fieldAndLine() throws IOException {
    String field = "x".repeat(RecordScanner.MAX_FIELD + 1);
    String line = "y".repeat(RecordScanner.MAX_RECORD + 10);
    assertThat(scan("a," + field + "\n" + line + "\nb,c\n")).containsExactly(
        "1: field too long @1", "2: line too long @-1", "3: b|c");
  }

  @Test
  void quotedCrlfRecords_acrossManyBufferBoundaries() throws IOException {
    String record = "\"say \"\"hi\"\"\",\"\u00e9\"\r\n";
    List<String> records = scan(record.repeat(20_000));
    assertThat(records).hasSize(20_000);
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i)).isEqualTo((i + 1) + ": say \"hi\"|\u00e9");
    }
  }

  @Test
  void badQuote_beforeCarriageReturnNotEndingTheLine() throws IOException {
    assertThat(scan("\"a\"\rb,c\nd,e\n")).containsExactly("1: bad quote @0", "2: d|e");
  }

  @Test
  void recordAcrossBufferBoundaries() throws IOException {
    String big = "z".repeat(100_000);
    assertThat(scan("\"" + big + "\",1\n2,3\n")).containsExactly(
        "1: field too long @0", "2: 2|3");
    assertThat(scan("q".repeat(60_000) + ",\"" + "r".repeat(10_000) + "\"\n")).hasSize(1)
        .allSatisfy(record -> assertThat(record).startsWith("1: qqq").endsWith("rrr"));
  }
}
