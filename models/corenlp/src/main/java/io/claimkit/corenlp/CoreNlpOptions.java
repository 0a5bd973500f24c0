package io.claimkit.corenlp;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed settings of a {@link CoreNlpBackend}. Use {@link #defaults()} or {@link #builder()}.
 *
 * @param fineGrainedNer whether CoreNLP's fine-grained NER runs (regexner over large gazetteers). It is what
 *                       finds TITLE ("Defense Secretary") and NATIONALITY ("Kenyan") and splits LOCATION into
 *                       CITY, COUNTRY and kin; without it NER is about twice as fast but those two types vanish
 * @param fullGazetteers whether the fine-grained NER reads CoreNLP's full KBP gazetteers (588,000 entries,
 *                       533,000 of them cities) instead of ClaimKit's cut of them (TITLE, NATIONALITY, COUNTRY,
 *                       STATE_OR_PROVINCE; see {@code gazetteers/NOTICE.md}); the full ones cost seconds of
 *                       load time and hundreds of megabytes and change no claim on the seeds
 * @param allCrfModels   whether NER runs CoreNLP's three CRF models (3-class, 7-class MUC, 4-class CoNLL) and
 *                       combines them, as CoreNLP does by default, instead of the 3-class and MUC models only: the
 *                       3-class model is trained on the union of the data, the MUC model's MONEY and PERCENT
 *                       keep CoreNLP's number normalizer from splitting "$48.2 million"; the CoNLL model adds
 *                       only MISC, which no claim reads, at the cost of a third CRF pass
 * @param useSUTime      whether SUTime finds and normalizes dates, times and durations; without it the backend
 *                       reports no temporal mentions
 * @param sutimeOnlyWithCues whether SUTime reads only the sentences with a temporal cue (a month, a weekday, a
 *                       unit of time, "today", a number that could be a year, a clock time or an ordinal; see
 *                       {@code temporal-cues.txt}). SUTime is about half of the backend's time and finds nothing
 *                       in the other sentences: on the bundled Wikinews articles and the seeds, it found no time
 *                       expression in a sentence without a cue
 * @param maxChunkChars  the longest piece of text handed to CoreNLP in one call, and so the longest possible
 *                       sentence: a longer paragraph is cut first after a sentence end, else at whitespace
 * @param documentDate   the date relative expressions ("Thursday") resolve against when a document has no
 *                       publication date of its own; empty leaves them underspecified ({@code XXXX-WXX-4})
 */
public record CoreNlpOptions(
    boolean fineGrainedNer,
    boolean fullGazetteers,
    boolean allCrfModels,
    boolean useSUTime,
    boolean sutimeOnlyWithCues,
    int maxChunkChars,
    Optional<LocalDate> documentDate) {

  /** The smallest chunk bound accepted: below it ordinary sentences would be cut. */
  public static final int MIN_CHUNK_CHARS = 200;

  public CoreNlpOptions {
    Objects.requireNonNull(documentDate, "documentDate");
    if (maxChunkChars < MIN_CHUNK_CHARS) {
      throw new ClaimKitException(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "maxChunkChars must be at least " + MIN_CHUNK_CHARS + ", was " + maxChunkChars);
    }
  }

  /**
   * The 3-class and MUC CRF models, fine-grained NER on ClaimKit's cut of the gazetteers, SUTime on sentences
   * with a temporal cue, chunks of at most 4,000 characters, no fallback document date.
   */
  public static CoreNlpOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .fineGrainedNer(fineGrainedNer)
        .fullGazetteers(fullGazetteers)
        .allCrfModels(allCrfModels)
        .useSUTime(useSUTime)
        .sutimeOnlyWithCues(sutimeOnlyWithCues)
        .maxChunkChars(maxChunkChars)
        .documentDate(documentDate.orElse(null));
  }

  /** Builds {@link CoreNlpOptions}; every setting starts at its default. */
  public static final class Builder {
    private boolean fineGrainedNer = true;
    private boolean fullGazetteers;
    private boolean allCrfModels;
    private boolean useSUTime = true;
    private boolean sutimeOnlyWithCues = true;
    private int maxChunkChars = 4_000;
    private LocalDate documentDate;

    private Builder() {}

    public Builder fineGrainedNer(boolean on) {
      this.fineGrainedNer = on;
      return this;
    }

    public Builder fullGazetteers(boolean on) {
      this.fullGazetteers = on;
      return this;
    }

    public Builder allCrfModels(boolean on) {
      this.allCrfModels = on;
      return this;
    }

    public Builder useSUTime(boolean on) {
      this.useSUTime = on;
      return this;
    }

    /** Whether SUTime skips sentences without a temporal cue (default: on; off runs it on every sentence). */
    public Builder sutimeOnlyWithCues(boolean on) {
      this.sutimeOnlyWithCues = on;
      return this;
    }

    public Builder maxChunkChars(int chars) {
      this.maxChunkChars = chars;
      return this;
    }

    /** The fallback document date; {@code null} for none. */
    public Builder documentDate(LocalDate date) {
      this.documentDate = date;
      return this;
    }

    public CoreNlpOptions build() {
      return new CoreNlpOptions(
          fineGrainedNer,
          fullGazetteers,
          allCrfModels,
          useSUTime,
          sutimeOnlyWithCues,
          maxChunkChars,
          Optional.ofNullable(documentDate));
    }
  }
}
