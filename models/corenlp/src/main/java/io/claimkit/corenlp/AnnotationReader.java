package io.claimkit.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Translates one annotated CoreNLP block into ClaimKit's sentences and mentions. CoreNLP's offsets are
 * UTF-16 indices into the block's text; each is shifted by the block's begin in the raw text, and every
 * token and mention takes its text from the raw text rather than from CoreNLP's normalized word.
 */
final class AnnotationReader {

  /** The PTB tags of punctuation; "%" (NN), "$" and "#" are tagged otherwise and stay in mentions. */
  private static final Set<String> PUNCTUATION_TAGS =
      Set.of(",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP");

  private final String raw;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();

  AnnotationReader(String raw) {
    this.raw = raw;
  }

  /** Adds the sentences and mentions of a block that begins at {@code offset} in the raw text. */
  void read(Annotation block, int offset) {
    List<CoreMap> coreSentences = block.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) {
      return;
    }
    for (CoreMap coreSentence : coreSentences) {
      readSentence(coreSentence, offset);
      List<CoreMap> coreMentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (coreMentions != null) {
        List<Mention> found = new ArrayList<>();
        coreMentions.forEach(m -> readMention(m, offset).ifPresent(found::add));
        mentions.addAll(withoutMergedNumbers(found));
      }
    }
  }

  List<Sentence> sentences() {
    return sentences;
  }

  List<Mention> mentions() {
    return mentions;
  }

  private void readSentence(CoreMap coreSentence, int offset) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
      Span span = span(label, offset);
      if (span.isEmpty()) {
        continue;
      }
      String text = span.text(raw);
      String pos = label.tag() != null ? label.tag() : "";
      String lemma = label.lemma() != null ? label.lemma() : text;
      tokens.add(new Token(span, text, pos, lemma));
    }
    if (!tokens.isEmpty()) {
      Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
      sentences.add(new Sentence(sentences.size(), span, tokens));
    }
  }

  private Optional<Mention> readMention(CoreMap coreMention, int offset) {
    String label = coreMention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    if (label == null) {
      return Optional.empty();
    }
    Optional<Span> trimmed = spanWithoutEdgePunctuation(coreMention, offset);
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Span span = trimmed.get();
    String text = span.text(raw);
    Optional<TemporalKind> temporal = NerLabels.temporalKind(label);
    if (temporal.isPresent()) {
      return Optional.of(new TemporalMention(span, text, temporal.get(), timexValue(coreMention)));
    }
    if (NerLabels.isNumeric(label)) {
      return NormalizedNumbers.parse(normalized(coreMention))
          .map(q -> new NumberMention(span, text, q.withSurface(text)));
    }
    return NerLabels.entityType(label).map(type -> new EntityMention(span, text, type));
  }

  /**
   * The mentions without numbers whose value CoreNLP took from a neighbour: its normalizer can read a list
   * such as "$48.2 million, 76%" as one number (48,200,076) and give that value to both mentions. Two number
   * mentions of one sentence with the same value but different digits are such a pair; both are dropped,
   * and the quantity recognizer after the backend reads them from the text.
   */
  private static List<Mention> withoutMergedNumbers(List<Mention> found) {
    List<NumberMention> numbers = found.stream()
        .filter(NumberMention.class::isInstance).map(NumberMention.class::cast).toList();
    List<Mention> kept = new ArrayList<>(found);
    for (NumberMention a : numbers) {
      for (NumberMention b : numbers) {
        if (a != b
            && a.quantity().value() == b.quantity().value()
            && !digits(a.text()).isEmpty()
            && !digits(b.text()).isEmpty()
            && !digits(a.text()).equals(digits(b.text()))) {
          kept.remove(a);
        }
      }
    }
    return kept;
  }

  private static String digits(String text) {
    return text.replaceAll("[^0-9]", "");
  }

  /** The TIMEX3 value, else CoreNLP's normalized tag, else empty. */
  private static String timexValue(CoreMap coreMention) {
    Timex timex = coreMention.get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null && timex.value() != null) {
      return timex.value();
    }
    String normalized = normalized(coreMention);
    return normalized != null ? normalized : "";
  }

  /** The mention's normalized value, falling back on its first token's, which is where NER writes it. */
  private static String normalized(CoreMap coreMention) {
    String normalized = coreMention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (normalized != null) {
      return normalized;
    }
    List<CoreLabel> tokens = coreMention.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null || tokens.isEmpty()
        ? null
        : tokens.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
  }

  /**
   * The mention's span without punctuation tokens at its edges: CoreNLP sometimes takes in a neighbouring
   * comma (", 76%" after "$48.2 million"). Empty when nothing but punctuation is left.
   */
  private Optional<Span> spanWithoutEdgePunctuation(CoreMap coreMention, int offset) {
    List<CoreLabel> tokens = coreMention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      Span span = span(coreMention, offset);
      return span.isEmpty() ? Optional.empty() : Optional.of(span);
    }
    int first = 0;
    int last = tokens.size() - 1;
    while (first <= last && isPunctuation(tokens.get(first))) {
      first++;
    }
    while (last >= first && isPunctuation(tokens.get(last))) {
      last--;
    }
    if (first > last) {
      return Optional.empty();
    }
    Span span = new Span(span(tokens.get(first), offset).begin(), span(tokens.get(last), offset).end());
    return span.isEmpty() ? Optional.empty() : Optional.of(span);
  }

  private static boolean isPunctuation(CoreLabel token) {
    return token.tag() != null && PUNCTUATION_TAGS.contains(token.tag());
  }

  private Span span(CoreMap annotated, int offset) {
    Integer begin = annotated.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = annotated.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (begin == null || end == null) {
      throw new IllegalStateException("CoreNLP left a token or mention without character offsets");
    }
    return Span.of(offset + begin, offset + end, raw);
  }
}
