package io.claimkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.rules.AttributionRule;
import io.claimkit.claim.rules.ClaimLexicon;
import io.claimkit.claim.rules.EventClaimRule;
import io.claimkit.claim.rules.QuantityClaimRule;
import io.claimkit.lexicon.WordList;
import io.claimkit.quantity.QuantityLexicon;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import io.claimkit.text.FurnitureLexicon;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's extension points on hand-tagged text: lexicons, rules of one's own, ServiceLoader discovery. */
class ClaimPipelineBuilderTest {

  private static final String BOAST = "The mayor crowed that the new bridge carried 40,000 cars.";
  private static final String BOAST_TAGS =
      "The/DT mayor/NN crowed/VBD|crow that/IN the/DT new/JJ bridge/NN carried/VBD|carry 40,000/CD cars/NNS ./.";

  @TempDir Path dir;

  /** A backend that returns the hand-tagged analysis of one text; the text must be that one. */
  private static Backend tagged(String... sentenceTags) {
    return new Backend() {
      @Override
      public String name() {
        return "tagged";
      }

      @Override
      public Analysis analyze(Document document) {
        return TaggedText.document(document, List.of(), sentenceTags);
      }
    };
  }

  private static Extraction extract(ClaimPipeline.Builder builder, String text) {
    Extraction extraction = builder.build().extract(Document.of("t", text));
    SpanInvariants.check(extraction);
    return extraction;
  }

  @Test
  void theBuiltInRulesAreRebuiltWithAReplacedClaimLexicon() {
    ClaimPipeline.Builder plain = ClaimPipeline.builder().backend(tagged(BOAST_TAGS));
    assertThat(extract(plain, BOAST).claims(AttributionClaim.class)).isEmpty();

    // The lexicon is set after a rule was added: the built-in rules still read it.
    ClaimPipeline.Builder extended =
        ClaimPipeline.builder()
            .backend(tagged(BOAST_TAGS))
            .addRule(new FixedRule("user", List.of()))
            .claimLexicon(ClaimLexicon.defaults().withReportingCues(WordList.parse("# mine\ncrow\n")));
    List<AttributionClaim> said = extract(extended, BOAST).claims(AttributionClaim.class);
    assertThat(said).hasSize(1);
    assertThat(said.get(0).cue().text()).isEqualTo("crowed");
    assertThat(said.get(0).speaker().part().text()).isEqualTo("The mayor");
    assertThat(said.get(0).content().text()).isEqualTo("the new bridge carried 40,000 cars");
  }

  @Test
  void theDefaultRulesAreTheThreeBuiltInOnesThenTheAddedOnes() {
    FixedRule mine = new FixedRule("mine", List.of());
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(tagged(BOAST_TAGS)).addRule(mine).build();
    assertThat(pipeline.rules()).extracting(ClaimRule::id).containsExactly("attribution", "quantity", "event", "mine");
    assertThat(pipeline.rules().subList(0, 3))
        .hasExactlyElementsOfTypes(AttributionRule.class, QuantityClaimRule.class, EventClaimRule.class);
  }

  @Test
  void rulesReplacesTheBuiltInOnesEvenWithALexiconGiven() {
    FixedRule mine = new FixedRule("mine", List.of());
    ClaimPipeline pipeline =
        ClaimPipeline.builder()
            .backend(tagged(BOAST_TAGS))
            .rules(List.of(mine))
            .claimLexicon(ClaimLexicon.defaults())
            .build();
    assertThat(pipeline.rules()).containsExactly(mine);
  }

  @Test
  void aRuleOfOnesOwnAddsItsClaimsToTheBuiltInOnes() {
    String text = "The mayor crowed that the new bridge carried 40,000 cars.";
    EventClaim event =
        new EventClaim(
            new Span(0, 16),
            "The mayor crowed",
            new Part(new Span(0, 9), "The mayor"),
            new Part(new Span(10, 16), "crowed"),
            Optional.empty(),
            "mine.crow",
            0.4,
            List.of());
    Extraction extraction =
        extract(ClaimPipeline.builder().backend(tagged(BOAST_TAGS)).addRule(new FixedRule("mine", List.of(event))), text);
    assertThat(extraction.claims()).extracting(Claim::rule).containsExactly("quantity.counted-noun", "mine.crow");
  }

  @Test
  void twoRulesWithOneIdAreRejected() {
    ClaimPipeline.Builder builder =
        ClaimPipeline.builder().backend(tagged(BOAST_TAGS)).addRule(new FixedRule("quantity", List.of()));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT))
        .hasMessageContaining("two claim rules share the id \"quantity\"");
  }

  @Test
  void discoverRulesLoadsTheRulesListedInServiceFilesOnce() throws IOException {
    try (URLClassLoader loader = servicesLoader(DiscoveredRule.class.getName())) {
      ClaimPipeline pipeline =
          ClaimPipeline.builder().backend(tagged(BOAST_TAGS)).discoverRules(loader).discoverRules(loader).build();
      assertThat(pipeline.rules()).extracting(ClaimRule::id).containsExactly("attribution", "quantity", "event", "discovered");
      assertThat(pipeline.rules().get(3)).isInstanceOf(DiscoveredRule.class);
    }
  }

  @Test
  void aServiceFileNamingAMissingClassIsATypedError() throws IOException {
    try (URLClassLoader loader = servicesLoader("com.example.NoSuchRule")) {
      ClaimPipeline.Builder builder = ClaimPipeline.builder().backend(tagged(BOAST_TAGS));
      assertThatThrownBy(() -> builder.discoverRules(loader))
          .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT))
          .hasMessageContaining("com.example.NoSuchRule");
    }
  }

  @Test
  void aQuantityLexiconReplacesTheUnitsTheNumbersAreReadWith() {
    String text = "The plant emitted 12 megatonnes last year.";
    String tags = "The/DT plant/NN emitted/VBD|emit 12/CD megatonnes/NNS last/JJ year/NN ./.";
    NumberMention plain = extract(ClaimPipeline.builder().backend(tagged(tags)), text).mentions(NumberMention.class).get(0);
    assertThat(plain.quantity().unit()).contains("megatonnes");

    QuantityLexicon lexicon = QuantityLexicon.defaults().toBuilder().unit("megatonnes", "Mt").build();
    NumberMention extended =
        extract(ClaimPipeline.builder().backend(tagged(tags)).quantityLexicon(lexicon), text)
            .mentions(NumberMention.class)
            .get(0);
    assertThat(extended.quantity().unit()).contains("Mt");
    assertThat(extended.text()).isEqualTo("12");
  }

  @Test
  void theCurrencyCodesOfTheDefaultLexiconAreIsoCodes() {
    assertThat(QuantityLexicon.defaults().currencyCodes()).contains("USD", "EUR", "GBP").allMatch(c -> c.matches("[A-Z]{3}"));
    assertThat(QuantityLexicon.defaults().toBuilder().currency("zorkmids", "ZMK").build().currencyCodes()).contains("ZMK");
  }

  @Test
  void aFurnitureLexiconMakesMoreLinesBoilerplate() {
    String text = "The mayor crowed that the new bridge carried 40,000 cars.\n\nPlanet Points: earn rewards for reading\n";
    ClaimPipeline.Builder builder = ClaimPipeline.builder().backend(tagged(BOAST_TAGS));
    assertThat(extract(builder, text).regions()).extracting(r -> r.kind()).containsExactly(RegionKind.BODY, RegionKind.BODY);

    builder.furnitureLexicon(FurnitureLexicon.defaults().withLines("^Planet Points:"));
    Extraction extraction = extract(builder, text);
    assertThat(extraction.regions()).extracting(r -> r.kind()).containsExactly(RegionKind.BODY, RegionKind.BOILERPLATE);
    assertThat(extraction.document().text(extraction.regions().get(1).span())).isEqualTo("Planet Points: earn rewards for reading");
  }

  @Test
  void aWordListIsReadFromAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("cues.txt"), "# my cues\nQuip\nunveil\tnp\n");
    WordList list = WordList.read(file);
    assertThat(list.words()).containsExactlyInAnyOrder("quip", "unveil");
    assertThat(list.hasFlag("unveil", ClaimLexicon.NOUN_PHRASE_CONTENT)).isTrue();
    assertThatThrownBy(() -> WordList.read(dir.resolve("missing.txt")))
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNREADABLE));
  }

  /** A class loader that sees, besides this test's class path, one service file naming the given classes. */
  private URLClassLoader servicesLoader(String... classNames) throws IOException {
    Path services = Files.createDirectories(dir.resolve("cp/META-INF/services"));
    Files.writeString(services.resolve(ClaimRule.class.getName()), String.join("\n", classNames) + "\n");
    return new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, getClass().getClassLoader());
  }

  /** A rule that states the claims it was given. */
  private record FixedRule(String id, List<Claim> claims) implements ClaimRule {
    @Override
    public List<Claim> apply(ClaimContext context) {
      return claims;
    }
  }

  /** A rule for ServiceLoader: public, with a public no-argument constructor. */
  public static final class DiscoveredRule implements ClaimRule {
    public DiscoveredRule() {}

    @Override
    public String id() {
      return "discovered";
    }

    @Override
    public List<Claim> apply(ClaimContext context) {
      return List.of();
    }
  }
}
