package io.claimkit.opennlp;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;

/**
 * The typed settings of an {@link OpenNlpBackend}. Use {@link #defaults()} or {@link #builder()}.
 *
 * @param maxChunkChars    the longest piece of text given to the sentence detector at once: a longer
 *                         paragraph is cut first after a sentence end, else at whitespace
 * @param maxSentenceChars the longest sentence: a longer one (a megabyte without punctuation) is cut at
 *                         whitespace, so every later stage works on bounded pieces
 */
public record OpenNlpOptions(int maxChunkChars, int maxSentenceChars) {

  /** The smallest bound accepted: below it ordinary sentences would be cut. */
  public static final int MIN_SENTENCE_CHARS = 200;

  public OpenNlpOptions {
    if (maxSentenceChars < MIN_SENTENCE_CHARS || maxChunkChars < maxSentenceChars) {
      throw new ClaimKitException(
          ErrorKind.INVALID_ARGUMENT,
          null,
          "need " + MIN_SENTENCE_CHARS + " <= maxSentenceChars <= maxChunkChars, got maxSentenceChars="
              + maxSentenceChars + ", maxChunkChars=" + maxChunkChars);
    }
  }

  /** Chunks of at most 4,000 characters, sentences of at most 1,000. */
  public static OpenNlpOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .maxChunkChars(maxChunkChars)
        .maxSentenceChars(maxSentenceChars);
  }

  /** Builds {@link OpenNlpOptions}; every setting starts at its default. */
  public static final class Builder {
    private int maxChunkChars = 4_000;
    private int maxSentenceChars = 1_000;

    private Builder() {}

    public Builder maxChunkChars(int chars) {
      this.maxChunkChars = chars;
      return this;
    }

    public Builder maxSentenceChars(int chars) {
      this.maxSentenceChars = chars;
      return this;
    }

    public OpenNlpOptions build() {
      return new OpenNlpOptions(maxChunkChars, maxSentenceChars);
    }
  }
}
