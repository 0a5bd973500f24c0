package io.claimkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.rules.AttributionStage;
import io.claimkit.claim.rules.ClaimLexicon;
import io.claimkit.testing.FixedBackend;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Stages declare what they read and add; the pipeline orders them once and computes each layer once. */
class LayeredPipelineTest {

  private static final String RAW = "The union said that 300 drivers would strike on Monday.";
  private static final FixedBackend BACKEND = new FixedBackend(TaggedText.sentence(RAW,
      "The/DT union/NN said/VBD|say that/IN 300/CD drivers/NNS would/MD strike/VB on/IN Monday/NNP ./."));
  private static final Document DOC = Document.of("test", RAW);

  /** The built-in attribution stage, counting how often it runs. */
  private static final class CountingAttributions implements Stage<List<AttributionClaim>> {
    final AtomicInteger runs = new AtomicInteger();
    private final AttributionStage inner = new AttributionStage(ClaimLexicon.defaults());

    @Override
    public String id() {
      return "counting-attributions";
    }

    @Override
    public Layer<List<AttributionClaim>> adds() {
      return Layers.ATTRIBUTIONS;
    }

    @Override
    public Set<Layer<?>> reads() {
      return inner.reads();
    }

    @Override
    public List<AttributionClaim> compute(ClaimContext context) {
      runs.incrementAndGet();
      return inner.compute(context);
    }
  }

  private static final Layer<Integer> WORDS = Layer.named("words");

  /** A stage of one's own: the number of tokens. */
  private static final Stage<Integer> WORD_COUNT = new Stage<>() {
    @Override
    public String id() {
      return "word-count";
    }

    @Override
    public Layer<Integer> adds() {
      return WORDS;
    }

    @Override
    public Set<Layer<?>> reads() {
      return Set.of(Layers.ANALYSIS);
    }

    @Override
    public Integer compute(ClaimContext context) {
      return context.analysis().tokens().size();
    }
  };

  /** A rule that reads the given layers and records what it saw. */
  private static final class Reader implements ClaimRule {
    private final Set<Layer<?>> reads;
    private final Layer<?> looksAt;
    Object seen;

    Reader(Set<Layer<?>> reads, Layer<?> looksAt) {
      this.reads = reads;
      this.looksAt = looksAt;
    }

    @Override
    public String id() {
      return "reader";
    }

    @Override
    public Set<Layer<?>> reads() {
      return reads;
    }

    @Override
    public List<? extends Claim> apply(ClaimContext context) {
      seen = context.layer(looksAt);
      return List.of();
    }
  }

  @Test
  void theBuiltInStagesRunInTheOrderTheirLayersNeed() {
    List<Layer<?>> order = ClaimPipeline.builder().backend(BACKEND).build().plan().stages().stream()
        .<Layer<?>>map(Stage::adds).toList();
    assertThat(order).containsExactlyInAnyOrder(Layers.NUMBERS, Layers.ANALYSIS, Layers.REGIONS, Layers.ATTRIBUTIONS);
    assertThat(order.indexOf(Layers.NUMBERS)).isLessThan(order.indexOf(Layers.ANALYSIS));
    assertThat(order.indexOf(Layers.ANALYSIS)).isLessThan(order.indexOf(Layers.ATTRIBUTIONS));
    assertThat(order.indexOf(Layers.REGIONS)).isLessThan(order.indexOf(Layers.ATTRIBUTIONS));
  }

  @Test
  void attributionsAreComputedOncePerDocumentForEveryRuleThatReadsThem() {
    CountingAttributions counting = new CountingAttributions();
    Reader mine = new Reader(Set.of(Layers.ATTRIBUTIONS), Layers.ATTRIBUTIONS);
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(BACKEND).stage(counting).addRule(mine).build();

    Extraction extraction = pipeline.extract(DOC);

    assertThat(counting.runs).hasValue(1);
    assertThat(mine.seen).isEqualTo(extraction.claims(AttributionClaim.class));
    assertThat(extraction.claims(AttributionClaim.class)).hasSize(1);
    pipeline.extract(DOC);
    assertThat(counting.runs).hasValue(2);
  }

  @Test
  void aLayerNothingReadsIsNotComputed() {
    CountingAttributions counting = new CountingAttributions();
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(BACKEND).stage(counting)
        .rules(List.of(new Reader(Layers.DEFAULT_READS, Layers.ANALYSIS))).build();
    pipeline.extract(DOC);
    assertThat(counting.runs).hasValue(0);
    assertThat(pipeline.plan().stages().stream().map(s -> (Object) s.adds())).doesNotContain(Layers.ATTRIBUTIONS);
  }

  @Test
  void aUserRuleReadsTheLayerOfAUserStage() {
    Reader mine = new Reader(Set.of(WORDS), WORDS);
    ClaimPipeline.builder().backend(BACKEND).stage(WORD_COUNT).addRule(mine).build().extract(DOC);
    assertThat(mine.seen).isEqualTo(11);
  }

  @Test
  void readingALayerOneDidNotDeclareFailsNamingTheRuleAndTheLayer() {
    Reader sneaky = new Reader(Layers.DEFAULT_READS, Layers.ATTRIBUTIONS);
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(BACKEND).rules(List.of(sneaky)).build();
    assertThatThrownBy(() -> pipeline.extract(DOC))
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.ANALYSIS_FAILED))
        .hasMessageContaining("the rule \"reader\" reads the layer \"attributions\" without declaring it");
  }

  @Test
  void aLayerNoStageAddsIsRefusedWhenThePipelineIsBuilt() {
    ClaimPipeline.Builder builder = ClaimPipeline.builder().backend(BACKEND).addRule(new Reader(Set.of(WORDS), WORDS));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT))
        .hasMessageContaining("the rule \"reader\" reads the layer \"words\", which no stage adds");
  }

  @Test
  void stagesThatReadEachOtherInACircleAreRefused() {
    Layer<String> a = Layer.named("a");
    Layer<String> b = Layer.named("b");
    ClaimPipeline.Builder builder = ClaimPipeline.builder().backend(BACKEND)
        .stage(constant("make-a", a, b)).stage(constant("make-b", b, a)).addRule(new Reader(Set.of(a), a));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT))
        .hasMessageContaining("depends on its own layer");
  }

  @Test
  void aStageThatAddsTheBackendsLayerIsRefused() {
    Stage<io.claimkit.analysis.Analysis> fake = new Stage<>() {
      @Override
      public String id() {
        return "fake-backend";
      }

      @Override
      public Layer<io.claimkit.analysis.Analysis> adds() {
        return Layers.BACKEND;
      }

      @Override
      public Set<Layer<?>> reads() {
        return Set.of();
      }

      @Override
      public io.claimkit.analysis.Analysis compute(ClaimContext context) {
        throw new AssertionError("never run");
      }
    };
    assertThatThrownBy(() -> ClaimPipeline.builder().backend(BACKEND).stage(fake).build())
        .isInstanceOf(ClaimKitException.class).hasMessageContaining("give the pipeline a backend instead");
  }

  @Test
  void theContextOfADocumentHoldsEveryPlannedLayer() {
    ClaimContext context = ClaimPipeline.builder().backend(BACKEND).build().context(DOC);
    assertThat(context.has(Layers.REGIONS)).isTrue();
    assertThat(context.attributions()).hasSize(1);
    assertThat(context.layer(Layers.NUMBERS)).extracting(n -> n.text()).containsExactly("300");
    assertThat(context.analysis().mentions()).containsAll(context.layer(Layers.NUMBERS));
  }

  private static Stage<String> constant(String id, Layer<String> adds, Layer<String> reads) {
    return new Stage<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Layer<String> adds() {
        return adds;
      }

      @Override
      public Set<Layer<?>> reads() {
        return Set.of(reads);
      }

      @Override
      public String compute(ClaimContext context) {
        return id;
      }
    };
  }
}
