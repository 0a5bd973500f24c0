package io.claimkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

  @Test
  void readsIdTextAndTheOptionalDateAndSource() {
    Document doc =
        DocumentJson.parse(
            "{\"id\":\"n1\",\"text\":\"Line one.\\nLine \\u201ctwo\\u201d.\",\"published\":\"2024-01-25\","
                + "\"source\":\"Wire\",\"extra\":[1,2]}",
            "line 1");

    assertThat(doc)
        .isEqualTo(
            new Document(
                "n1",
                "Line one.\nLine \u201ctwo\u201d.",
                Optional.of(LocalDate.of(2024, 1, 25)),
                Optional.of("Wire")));
  }

  @Test
  void treatsMissingAndNullMetadataAsAbsent() {
    assertThat(DocumentJson.parse("{\"id\":7,\"text\":\"\",\"published\":null}", "line 2"))
        .isEqualTo(Document.of("7", ""));
  }

  @Test
  void keepsTheDateOfADateTime() {
    assertThat(
            DocumentJson.parse(
                    "{\"id\":\"a\",\"text\":\"t\",\"published\":\"2024-01-25T23:30:00-05:00\"}", "line 3")
                .published())
        .contains(LocalDate.of(2024, 1, 25));
    assertThat(
            DocumentJson.parse("{\"id\":\"a\",\"text\":\"t\",\"published\":\"2024-01-26T08:00:00\"}", "l")
                .published())
        .contains(LocalDate.of(2024, 1, 26));
  }

  @Test
  void rejectsALineThatIsNotJsonNamingTheFallbackId() {
    assertThatThrownBy(() -> DocumentJson.parse("{\"id\": \"x\", text", "line 4"))
        .isInstanceOfSatisfying(
            ClaimKitException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
              assertThat(e.documentId()).contains("line 4");
            });
    assertThatThrownBy(() -> DocumentJson.parse("[1,2]", "line 5"))
        .hasMessage("invalid_argument in document line 5: not a JSON object");
    assertThatThrownBy(() -> DocumentJson.parse("", "line 6"))
        .hasMessage("invalid_argument in document line 6: not a JSON object");
    assertThatThrownBy(() -> DocumentJson.parse("{\"text\":\"t\"}", "line 7"))
        .hasMessage("invalid_argument in document line 7: \"id\" must be a non-empty string");
  }

  @Test
  void rejectsWrongFieldsNamingTheDocument() {
    assertThatThrownBy(() -> DocumentJson.parse("{\"id\":\"d\",\"text\":3}", "line 8"))
        .hasMessage("invalid_argument in document d: \"text\" must be a string");
    assertThatThrownBy(
            () -> DocumentJson.parse("{\"id\":\"d\",\"text\":\"t\",\"published\":\"25/01/2024\"}", "l"))
        .hasMessage("invalid_argument in document d: \"published\" is not an ISO date: 25/01/2024");
    assertThatThrownBy(() -> DocumentJson.parse("{\"id\":\"d\",\"text\":\"t\",\"source\":{}}", "l"))
        .hasMessage("invalid_argument in document d: \"source\" must be a string");
  }
}
