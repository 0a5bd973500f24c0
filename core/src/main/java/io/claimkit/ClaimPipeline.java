package io.claimkit;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.rules.BuiltInRules;
import io.claimkit.claim.rules.ClaimLexicon;
import io.claimkit.quantity.QuantityLexicon;
import io.claimkit.quantity.QuantityRecognizer;
import io.claimkit.text.ArticleStructure;
import io.claimkit.text.Document;
import io.claimkit.text.FurnitureLexicon;
import io.claimkit.text.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: a backend, the quantity recognizer, the article-structure reader and the claim rules,
 * built once and shared. {@link #extract(Document)} is thread-safe.
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

  private final Backend backend;
  private final QuantityRecognizer quantities;
  private final ArticleStructure structure;
  private final List<ClaimRule> rules;
  private final int maxChars;

  private ClaimPipeline(Builder builder) {
    this.backend = Objects.requireNonNull(builder.backend, "a backend is required");
    this.quantities = builder.quantities;
    this.structure = builder.structure;
    this.rules = List.copyOf(builder.allRules());
    this.maxChars = builder.maxChars;
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
      Analysis analysis = completeNumbers(backend.analyze(document));
      List<Region> regions = structure.regions(document);
      ClaimContext context = new ClaimContext(analysis, regions);
      return new Extraction(document, regions, analysis.mentions(), applyRules(context));
    } catch (ClaimKitException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("analysis of document {} failed", document.id(), e);
      throw new ClaimKitException(ErrorKind.ANALYSIS_FAILED, document.id(), String.valueOf(e), e);
    }
  }

  private Analysis completeNumbers(Analysis analysis) {
    List<NumberMention> numbers = quantities.recognize(analysis);
    Stream<Mention> others = analysis.mentions().stream().filter(m -> !(m instanceof NumberMention));
    return analysis.withMentions(Stream.concat(others, numbers.stream()).toList());
  }

  private List<Claim> applyRules(ClaimContext context) {
    List<Claim> claims = new ArrayList<>();
    for (ClaimRule rule : rules) {
      for (Claim claim : rule.apply(context)) {
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
    private Backend backend;
    private QuantityRecognizer quantities = new QuantityRecognizer();
    private ArticleStructure structure = new ArticleStructure();
    private ClaimLexicon claimLexicon = ClaimLexicon.defaults();
    private boolean builtInRules = true;
    private final List<ClaimRule> rules = new ArrayList<>();
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /** The NLP backend, required. */
    public Builder backend(Backend value) {
      this.backend = Objects.requireNonNull(value, "backend");
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
     * The word lists the built-in claim rules read (reporting verbs, speaker pronouns, ...). The built-in
     * rules are made with it when the pipeline is built, wherever this call stands; rules given through
     * {@link #rules(List)} or {@link #addRule(ClaimRule)} keep the lexicon they were made with.
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
     * {@code rules(List.of(new AttributionRule(lexicon), myRule))}.
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
     * @throws ClaimKitException of kind {@code invalid_argument} when two rules share an id
     */
    public ClaimPipeline build() {
      return new ClaimPipeline(this);
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
