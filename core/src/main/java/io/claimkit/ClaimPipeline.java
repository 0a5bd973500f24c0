package io.claimkit;

import io.claimkit.analysis.Backend;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.rules.AttributionStage;
import io.claimkit.claim.rules.BuiltInRules;
import io.claimkit.claim.rules.ClaimLexicon;
import io.claimkit.pipeline.AnalysisStage;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.pipeline.NumberStage;
import io.claimkit.pipeline.RegionStage;
import io.claimkit.pipeline.Stage;
import io.claimkit.pipeline.StagePlan;
import io.claimkit.quantity.QuantityLexicon;
import io.claimkit.quantity.QuantityRecognizer;
import io.claimkit.text.ArticleStructure;
import io.claimkit.text.Document;
import io.claimkit.text.FurnitureLexicon;
import io.claimkit.text.LanguageGate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: a language gate, a backend, the stages that add the document's layers (numbers,
 * analysis, regions, attributions, and any of one's own) and the claim rules, built once and shared.
 * {@link #extract(Document)} is thread-safe.
 *
 * <p>When it is built, the pipeline orders its stages so that each runs after the stages whose layers it
 * reads, and checks that every layer a rule or stage reads has a stage ({@link StagePlan}). For each document
 * it asks the gate, runs the backend, computes each needed layer once, then runs the rules.
 *
 * <pre>{@code
 * ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
 * Extraction extraction = pipeline.extract(Document.of("a1", text));
 * }</pre>
 */
public final class ClaimPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(ClaimPipeline.class);

  /** The default limit on one document's length, in UTF-16 code units (about 2 MB of text). */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  private final LanguageGate gate;
  private final Backend backend;
  private final StagePlan plan;
  private final List<ClaimRule> rules;
  private final int maxChars;
  private final boolean verify = Boolean.getBoolean(ExtractionCheck.PROPERTY);

  private ClaimPipeline(Builder builder) {
    this.gate = builder.gate;
    this.backend = Objects.requireNonNull(builder.backend, "a backend is required");
    this.rules = List.copyOf(builder.allRules());
    this.plan = StagePlan.of(builder.allStages(), rules, Set.of(Layers.ANALYSIS, Layers.REGIONS));
    this.maxChars = builder.maxChars;
    LOG.debug("pipeline on {}: stages {}", backend.name(), plan);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Backend backend() {
    return backend;
  }

  public List<ClaimRule> rules() {
    return rules;
  }

  /** The stages this pipeline runs for each document, in order. */
  public StagePlan plan() {
    return plan;
  }

  /**
   * Extracts the mentions and claims of one document.
   *
   * @throws ClaimKitException naming the document when it is too large or cannot be analyzed
   */
  public Extraction extract(Document document) {
    Objects.requireNonNull(document, "document");
    if (document.text().length() > maxChars) {
      throw new ClaimKitException(
          ErrorKind.TOO_LARGE,
          document.id(),
          document.text().length() + " chars, over the limit of " + maxChars);
    }
    try {
      gate.check(document);
      ClaimContext context = plan.compute(document, backend.analyze(document));
      Extraction extraction = new Extraction(
          document, context.regions(), context.sentences(), context.analysis().mentions(), applyRules(context));
      if (verify) {
        ExtractionCheck.verify(extraction);
      }
      return extraction;
    } catch (ClaimKitException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // The caller reports the exception; the stack trace is for the debug log.
      LOG.debug("analysis of document {} failed", document.id(), e);
      throw new ClaimKitException(ErrorKind.ANALYSIS_FAILED, document.id(), String.valueOf(e), e);
    }
  }

  /**
   * The layers this pipeline computes for a document, every one readable: what its rules see, for a rule
   * author's tests and for tools that build on the layers. The document passes the gate and the backend as in
   * {@link #extract}; no rule runs.
   *
   * @throws ClaimKitException as {@link #extract} does
   */
  public ClaimContext context(Document document) {
    Objects.requireNonNull(document, "document");
    gate.check(document);
    return plan.compute(document, backend.analyze(document));
  }

  private List<Claim> applyRules(ClaimContext context) {
    List<Claim> claims = new ArrayList<>();
    for (ClaimRule rule : rules) {
      for (Claim claim : rule.apply(context.forReader("the rule \"" + rule.id() + "\"", rule.reads()))) {
        if (!context.outsideArticle(claim)) {
          claims.add(claim);
        }
      }
    }
    claims.sort(Comparator.comparing(Claim::span).thenComparing(Claim::rule));
    return claims;
  }

  /**
   * Builds a {@link ClaimPipeline}. Not thread-safe; the pipeline it builds is.
   *
   * <p>Every part has a default: the built-in claim rules ({@link BuiltInRules}) reading the default
   * {@link ClaimLexicon}, a {@link QuantityRecognizer} on the default {@link QuantityLexicon}, an
   * {@link ArticleStructure} on the default {@link FurnitureLexicon}. Only the backend is required. A lexicon
   * given here replaces the default one of the parts that read it; where two calls set the same part (a
   * lexicon and the part built from it), the later call wins.
   *
   * <pre>{@code
   * ClaimPipeline pipeline = ClaimPipeline.builder()
   *     .backend(CoreNlpBackend.shared())
   *     .claimLexicon(ClaimLexicon.defaults().withReportingCues(WordList.parse("boast\nquip")))
   *     .quantityLexicon(QuantityLexicon.defaults().toBuilder().unit("megatonnes", "Mt").build())
   *     .furnitureLexicon(FurnitureLexicon.defaults().withLines("^Read more at .*$"))
   *     .addRule(new MyMoneyRule())   // or .discoverRules() for META-INF/services/io.claimkit.claim.ClaimRule
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private LanguageGate gate = LanguageGate.NONE;
    private Backend backend;
    private QuantityRecognizer quantities = new QuantityRecognizer();
    private ArticleStructure structure = new ArticleStructure();
    private ClaimLexicon claimLexicon = ClaimLexicon.defaults();
    private boolean builtInRules = true;
    private final List<ClaimRule> rules = new ArrayList<>();
    private final Map<Layer<?>, Stage<?>> stages = new IdentityHashMap<>();
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /** The NLP backend, required. */
    public Builder backend(Backend value) {
      this.backend = Objects.requireNonNull(value, "backend");
      return this;
    }

    /**
     * The gate every document passes before the backend reads it; a document it turns away gets an {@code
     * unsupported_language} error. Default: {@link LanguageGate#NONE}, every document passes. The OpenNLP
     * language detector is {@code io.claimkit.langdetect.OpenNlpLanguageGate.shared()} ({@code
     * claimkit-langdetect}), for any backend.
     */
    public Builder languageGate(LanguageGate value) {
      this.gate = Objects.requireNonNull(value, "languageGate");
      return this;
    }

    /**
     * Adds a stage: one that adds a layer of one's own, for rules of one's own to read, or one that replaces
     * the built-in stage of its layer (for example {@link Layers#ATTRIBUTIONS}). A later stage for the same
     * layer replaces an earlier one. Stages run in the order their layers need, not in the order given.
     */
    public Builder stage(Stage<?> value) {
      Objects.requireNonNull(value, "stage");
      stages.put(Objects.requireNonNull(value.adds(), "stage.adds()"), value);
      return this;
    }

    /** Replaces the quantity recognizer, for example one built with an extended lexicon. */
    public Builder quantityRecognizer(QuantityRecognizer value) {
      this.quantities = Objects.requireNonNull(value, "quantityRecognizer");
      return this;
    }

    /**
     * Reads numbers with another lexicon (units, currencies, qualifier phrases, number words), usually the
     * defaults extended: {@code QuantityLexicon.defaults().toBuilder().unit("megatonnes", "Mt").build()}.
     */
    public Builder quantityLexicon(QuantityLexicon value) {
      this.quantities = new QuantityRecognizer(Objects.requireNonNull(value, "quantityLexicon"));
      return this;
    }

    /** Replaces the reader of headlines, bylines and page furniture. */
    public Builder articleStructure(ArticleStructure value) {
      this.structure = Objects.requireNonNull(value, "articleStructure");
      return this;
    }

    /**
     * Reads the page with other furniture patterns (and the default byline patterns), usually the defaults
     * extended: {@code FurnitureLexicon.defaults().withLines("^Read more at .*$")}.
     */
    public Builder furnitureLexicon(FurnitureLexicon value) {
      this.structure = new ArticleStructure(Objects.requireNonNull(value, "furnitureLexicon"));
      return this;
    }

    /**
     * The word lists the built-in claim rules and the attribution stage read (reporting verbs, speaker
     * pronouns, ...). They are made with it when the pipeline is built, wherever this call stands; rules given
     * through {@link #rules(List)} or {@link #addRule(ClaimRule)} keep the lexicon they were made with.
     */
    public Builder claimLexicon(ClaimLexicon value) {
      this.claimLexicon = Objects.requireNonNull(value, "claimLexicon");
      return this;
    }

    /** Adds a claim rule after those already there (the built-in rules, unless replaced). */
    public Builder addRule(ClaimRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Replaces every claim rule, the built-in ones included. To keep some of them, list them:
     * {@code rules(List.of(new AttributionRule(), myRule))}.
     */
    public Builder rules(List<? extends ClaimRule> replaced) {
      List<ClaimRule> copy = List.copyOf(replaced);
      builtInRules = false;
      rules.clear();
      copy.forEach(this::addRule);
      return this;
    }

    /**
     * Adds the claim rules that {@link ServiceLoader} finds on the thread's context class path: every class
     * named in a {@code META-INF/services/io.claimkit.claim.ClaimRule} file, made with its public no-argument
     * constructor, in class-path order. A rule of a class the builder already holds is not added again.
     *
     * @throws ClaimKitException of kind {@code invalid_argument} when a listed rule cannot be loaded or made
     */
    public Builder discoverRules() {
      return discoverRules(Thread.currentThread().getContextClassLoader());
    }

    /** Like {@link #discoverRules()}, looking in the given class loader. */
    public Builder discoverRules(ClassLoader loader) {
      try {
        for (ClaimRule rule : ServiceLoader.load(ClaimRule.class, loader)) {
          if (rules.stream().noneMatch(r -> r.getClass() == rule.getClass())) {
            LOG.info("discovered claim rule {} ({})", rule.id(), rule.getClass().getName());
            rules.add(rule);
          }
        }
      } catch (ServiceConfigurationError e) {
        throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "cannot load a claim rule: " + e.getMessage(), e);
      }
      return this;
    }

    /** The longest document accepted, in UTF-16 code units; longer ones fail with {@code too_large}. */
    public Builder maxChars(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("maxChars must be positive: " + value);
      }
      this.maxChars = value;
      return this;
    }

    /**
     * @throws NullPointerException when no backend was given
     * @throws ClaimKitException of kind {@code invalid_argument} when two rules share an id, or a rule or stage
     *     reads a layer that no stage adds
     */
    public ClaimPipeline build() {
      return new ClaimPipeline(this);
    }

    /** The built-in stages, each replaced by the caller's stage for the same layer, if any. */
    private List<Stage<?>> allStages() {
      Map<Layer<?>, Stage<?>> all = new IdentityHashMap<>();
      for (Stage<?> builtIn : List.of(
          new NumberStage(quantities), new AnalysisStage(), new RegionStage(structure),
          new AttributionStage(claimLexicon))) {
        all.put(builtIn.adds(), builtIn);
      }
      all.putAll(stages);
      return List.copyOf(all.values());
    }

    private List<ClaimRule> allRules() {
      List<ClaimRule> all = new ArrayList<>(builtInRules ? BuiltInRules.all(claimLexicon) : List.of());
      all.addAll(rules);
      Set<String> ids = new HashSet<>();
      for (ClaimRule rule : all) {
        if (!ids.add(rule.id())) {
          throw new ClaimKitException(
              ErrorKind.INVALID_ARGUMENT, null, "two claim rules share the id \"" + rule.id() + "\"");
        }
      }
      return all;
    }
  }
}
