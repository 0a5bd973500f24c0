package io.claimkit.analysis;

import io.claimkit.text.Document;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Backend} read in a document: its sentences with their tokens, and the mentions it found,
 * sorted by position. Immutable.
 */
public record Analysis(Document document, List<Sentence> sentences, List<Mention> mentions) {

  public Analysis {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    mentions = Mentions.sorted(mentions);
  }

  /** Every token of the document, in text order. */
  public List<Token> tokens() {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }

  /** The mentions of one kind, in text order. */
  public <M extends Mention> List<M> mentions(Class<M> kind) {
    return Mentions.ofKind(mentions, kind);
  }

  /** A copy with other mentions, for the stages after the backend. */
  public Analysis withMentions(List<Mention> replaced) {
    return new Analysis(document, sentences, replaced);
  }
}
