package dev.seatline.billing.examples.tables;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {
  @Test
  void writesAHeaderAndRowsQuotingOnlyWhereRfc4180NeedsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvTableWriter w = CsvTableWriter.to(bytes, ErrorRow.COLUMNS)) {
      w.write(new ErrorRow("acme", "sessions.csv:3:to", "plain").values());
      w.write(Arrays.asList("a,b", "say \"hi\"", "two\nlines"));
      w.write(Arrays.asList("x", null, "é"));
      w.write("acme-prod/0/RECURRING/SEAT/PURECLOUD_3", "a long field without a comma", "");
      assertThat(w.rowCount()).isEqualTo(4);
    }
    // A comma, a quote (doubled) and a line break each make a quoted field; null is empty.
    assertThat(bytes.toString(UTF_8))
        .isEqualTo(
            "org_id,path,message\n"
                + "acme,sessions.csv:3:to,plain\n"
                + "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
                + "x,,é\n"
                + "acme-prod/0/RECURRING/SEAT/PURECLOUD_3,a long field without a comma,\n");
  }

  @Test
  void aRowOfTheWrongWidthIsRejected() {
    try (CsvTableWriter w = CsvTableWriter.to(new ByteArrayOutputStream(), List.of("a", "b"))) {
      assertThatThrownBy(() -> w.write(List.of("1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 values for 2 columns");
    }
  }
}
