package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import org.junit.jupiter.api.Test;

/** The CoreNLP backend refuses a document that is confidently not English, before CoreNLP reads it. */
class CoreNlpLanguageGateTest {

  private static final String GERMAN =
      "Die Bundesregierung hat am Donnerstag angekündigt, dass etwa 2.500 Soldaten im Land bleiben werden."
          + " Der Verteidigungsminister sagte, die Gespräche mit der irakischen Regierung würden in den"
          + " kommenden Wochen fortgesetzt, und betonte die Bedeutung der gemeinsamen Sicherheitspartnerschaft.";

  @Test
  void aGermanArticleIsATypedUnsupportedLanguageError() {
    assertThatThrownBy(() -> SharedPipeline.get().extract(Document.of("de-1", GERMAN)))
        .isInstanceOfSatisfying(
            ClaimKitException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED_LANGUAGE);
              assertThat(e.documentId()).contains("de-1");
              assertThat(e.getMessage()).contains("deu");
            });
  }

  @Test
  void anEnglishArticlePasses() {
    String english =
        "The government said on Thursday that about 2,500 soldiers will remain in the country while talks"
            + " with the Iraqi government continue over the coming weeks.";
    assertThat(SharedPipeline.get().extract(Document.of("en-1", english)).claims()).isNotEmpty();
  }
}
