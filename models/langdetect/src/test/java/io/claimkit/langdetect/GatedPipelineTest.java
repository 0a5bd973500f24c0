package io.claimkit.langdetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.testing.CrudeBackend;
import io.claimkit.text.Document;
import org.junit.jupiter.api.Test;

/** A pipeline asks its gate before its backend reads a document, whatever the backend. */
class GatedPipelineTest {

  private static final String GERMAN =
      "Die Bundesregierung hat am Donnerstag angekündigt, dass etwa 2.500 Soldaten im Land bleiben werden."
          + " Der Verteidigungsminister sagte, die Gespräche mit der irakischen Regierung würden in den"
          + " kommenden Wochen fortgesetzt, und betonte die Bedeutung der gemeinsamen Sicherheitspartnerschaft.";

  private static final String ENGLISH =
      "The government said on Thursday that about 2,500 soldiers will remain in the country while talks"
          + " with the Iraqi government continue over the coming weeks.";

  private final ClaimPipeline gated =
      ClaimPipeline.builder().backend(new CrudeBackend()).languageGate(OpenNlpLanguageGate.shared()).build();

  @Test
  void aGermanArticleIsATypedUnsupportedLanguageErrorNamingTheDocument() {
    assertThatThrownBy(() -> gated.extract(Document.of("de-1", GERMAN)))
        .isInstanceOfSatisfying(
            ClaimKitException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED_LANGUAGE);
              assertThat(e.documentId()).contains("de-1");
              assertThat(e.getMessage()).contains("detected deu");
            });
  }

  @Test
  void anEnglishArticlePassesAndIsExtracted() {
    assertThat(gated.extract(Document.of("en-1", ENGLISH)).claims()).isNotEmpty();
  }

  @Test
  void withoutAGateEveryLanguageReachesTheBackend() {
    ClaimPipeline ungated = ClaimPipeline.builder().backend(new CrudeBackend()).build();
    assertThat(ungated.extract(Document.of("de-1", GERMAN)).document().id()).isEqualTo("de-1");
  }
}
