package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading mappings: what a correct one gives, and what each mistake says. */
class MappingFileTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("m.json"), json);
  }

  private void assertRejected(String json, String message) throws IOException {
    Path file = write(json);
    assertThatThrownBy(() -> MappingFile.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mapping file " + file + ": " + message);
  }

  @Test
  void load_workedExample() throws IOException {
    ColumnMapping mapping = MappingFile.load(write(MappedCsvImportTest.MAPPING));

    assertThat(mapping.currency()).isEqualTo("GBP");
    assertThat(mapping.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(mapping.delimiter()).isEqualTo(',');
    assertThat(mapping.events().field("id").columns()).containsExactly("order_id", "line");
    assertThat(mapping.events().field("type").values()).containsEntry("refund", "return");
    assertThat(mapping.items().field("category").separator()).isEqualTo("/");
    assertThat(mapping.users().attributes().get("country").column()).isEqualTo("country");
  }

  @Test
  void load_docsExampleIsTheTestedOne() throws IOException {
    Path doc = TestData.find(Path.of("docs", "import-mapping.md"));
    String text = Files.readString(doc);
    String json = text.substring(text.indexOf("```json") + 7, text.indexOf("```", text.indexOf(
        "```json") + 7));

    assertThat(json.strip()).isEqualTo(MappedCsvImportTest.MAPPING.strip());
    assertThat(text).contains(MappedCsvImportTest.ORDERS.strip());
  }

  @Test
  void missingFile() {
    Path nowhere = dir.resolve("nowhere.json");
    assertThatThrownBy(() -> MappingFile.load(nowhere))
        .hasMessage("mapping file " + nowhere + " does not exist");
  }

  @Test
  void notJson_saysWhere() throws IOException {
    Path file = write("{\n  \"events\": {\n    \"id\": \"x\",,\n  }\n}");
    assertThatThrownBy(() -> MappingFile.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mapping file " + file + " is not valid JSON: ")
        .hasMessageEndingWith("(line 3, column 15)");
  }

  @Test
  void unknownKey_listsKnownOnes() throws IOException {
    assertRejected("{\"events\": {\"id\": \"a\", \"type\": \"t\", \"item\": \"i\", \"time\": \"t\","
        + " \"usr\": \"u\"}}", "\"events\" has an unknown key \"usr\"; known keys: attributes, file,"
        + " id, item, order, quantity, rating, recommendation, session, time, type, unitPrice, user");
  }

  @Test
  void requiredField_missing() throws IOException {
    assertRejected("{\"items\": {\"id\": \"sku\"}}",
        "items.price is required: name the column that gives it, e.g. \"price\": \"my_column\"");
  }

  @Test
  void eventTypeConstant_mustBeKnown() throws IOException {
    assertRejected("{\"events\": {\"id\": \"a\", \"type\": {\"constant\": \"buy\"}, \"item\": \"i\","
        + " \"time\": \"t\"}}", "events.type: 'buy' is not an event type; use one of: view, click,"
        + " add_to_cart, remove_from_cart, purchase, return, rating, search, impression");
  }

  @Test
  void field_needsOneSource() throws IOException {
    assertRejected("{\"users\": {\"id\": {\"column\": \"a\", \"constant\": \"b\"}}}",
        "users.id needs exactly one of \"column\", \"columns\" or \"constant\"");
  }

  @Test
  void badZoneAndFormat() throws IOException {
    assertRejected("{\"timeZone\": \"Mars/Olympus\", \"users\": {\"id\": \"a\"}}",
        "timeZone: 'Mars/Olympus' is not a time zone; write a region such as \"Europe/Berlin\""
            + " or \"UTC\"");
    assertRejected("{\"format\": \"xml\", \"users\": {\"id\": \"a\"}}",
        "\"format\" is 'xml'; write \"csv\" or \"jsonl\" (or leave it out)");
  }

  @Test
  void emptyMapping() throws IOException {
    assertRejected("{}", "nothing to import: give at least one of \"events\", \"items\", \"users\"");
  }
}
