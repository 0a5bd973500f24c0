package io.claimkit;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.rules.BuiltInRules;
import io.claimkit.quantity.QuantityRecognizer;
import io.claimkit.text.ArticleStructure;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
    this.rules = List.copyOf(builder.rules);
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

  /** Builds a {@link ClaimPipeline}. Not thread-safe; the pipeline it builds is. */
  public static final class Builder {
    private Backend backend;
    private QuantityRecognizer quantities = new QuantityRecognizer();
    private ArticleStructure structure = new ArticleStructure();
    private final List<ClaimRule> rules = new ArrayList<>(BuiltInRules.all());
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

    /** Replaces the reader of headlines, bylines and page furniture. */
    public Builder articleStructure(ArticleStructure value) {
      this.structure = Objects.requireNonNull(value, "articleStructure");
      return this;
    }

    /** Adds a claim rule after those already there (the built-in rules, unless replaced). */
    public Builder addRule(ClaimRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Replaces every claim rule, the built-in ones included. */
    public Builder rules(List<? extends ClaimRule> replaced) {
      rules.clear();
      replaced.forEach(this::addRule);
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

    public ClaimPipeline build() {
      return new ClaimPipeline(this);
    }
  }
}
