package io.claimkit.quantity;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds every cardinal number of an analyzed document, with its qualifier, its unit or counted noun and its
 * exact span: "about 2,500" (approximate, troops), "at least 151" (at least, times), "$48.2 million"
 * (USD), "76%", "hundreds of thousands" (vague), "between 20 and 30" (range). The result is the document's
 * complete list of number mentions, in text order; the pipeline puts it in place of the backend's.
 *
 * <p>Numbers are read from the raw text of each sentence ({@link MentionScanner}), so spans never depend on
 * how a backend tokenized; the tokens' parts of speech decide what needs grammar: the counted noun
 * ({@link CountedNoun}), "one" as a pronoun, and with the backend's temporal and entity mentions, what is a
 * date, a year or part of a name rather than a number ({@link NotANumber}). A number the backend reported
 * is kept when this recognizer did not read one there (nor rejected one there), extended by the qualifier
 * words in front of it.
 *
 * <p>Immutable and thread-safe; build it once.
 */
public final class QuantityRecognizer {

  /** A roman numeral ("World War II", "an England XI") names, it does not count: no backend number there. */
  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLCDM]+");

  private final QuantityLexicon lexicon;
  private final MentionScanner scanner;
  private final CountedNoun nouns;

  /** A recognizer with ClaimKit's default lexicons. */
  public QuantityRecognizer() {
    this(QuantityLexicon.defaults());
  }

  /** A recognizer with a lexicon of one's own, for example the defaults extended with more units. */
  public QuantityRecognizer(QuantityLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.scanner = new MentionScanner(lexicon);
    this.nouns = new CountedNoun(lexicon);
  }

  /** The same as {@code new QuantityRecognizer(lexicon)}. */
  public static QuantityRecognizer withLexicon(QuantityLexicon lexicon) {
    return new QuantityRecognizer(lexicon);
  }

  public QuantityLexicon lexicon() {
    return lexicon;
  }

  /** One region of text read on its own: a sentence, its tokens and its pieces. */
  private record Region(Span span, SentenceTokens tokens, TextPieces pieces) {}

  /** The document's number mentions, in text order. */
  public List<NumberMention> recognize(Analysis analysis) {
    String raw = analysis.document().text();
    NotANumber lookalikes = new NotANumber(lexicon, analysis);
    List<Region> regions = regions(analysis);
    List<NumberMention> numbers = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    List<Candidate> found = new ArrayList<>();
    for (Region region : regions) {
      found.clear();
      scanner.scan(region.pieces(), found, taken);
      for (Candidate c : found) {
        if (overflows(c.quantity()) || lookalikes.rejects(c, region.tokens())) {
          taken.addAll(c.numerals());
        } else {
          String unit = c.unit() != null ? c.unit() : nouns.after(region.tokens(), c.span().end());
          numbers.add(mention(raw, c.span(), c.quantity().withUnit(unit)));
          taken.add(c.span());
        }
      }
    }
    addBackendNumbers(analysis, regions, lookalikes, new SpanIndex(taken), numbers);
    numbers.sort(Comparator.comparing(NumberMention::span));
    return List.copyOf(numbers);
  }

  /**
   * Keeps each number the backend reported where this recognizer read nothing, with the qualifier words in
   * front of it joined to it ("about" + "2,500" when only "2,500" was reported).
   */
  private void addBackendNumbers(Analysis analysis, List<Region> regions, NotANumber lookalikes,
      SpanIndex taken, List<NumberMention> numbers) {
    String raw = analysis.document().text();
    for (NumberMention reported : analysis.mentions(NumberMention.class)) {
      if (overflows(reported.quantity())
          || ROMAN.matcher(reported.text()).matches()
          || taken.intersects(reported.span())
          || lookalikes.inDateOrName(reported.span())) {
        continue;
      }
      Quantity quantity = reported.quantity();
      int begin = reported.begin();
      Region region = regionOf(regions, begin);
      if (region != null) {
        int piece = region.pieces().indexAt(begin);
        PhraseTable.Match<Qualifier> qualifier =
            piece > 0 && !region.pieces().glued(piece)
                ? lexicon.qualifiers.matchEndingAt(region.pieces(), piece, 0)
                : null;
        if (qualifier != null) {
          begin = region.pieces().begin(qualifier.from());
          if (quantity.qualifier() != Qualifier.RANGE && quantity.qualifier() != Qualifier.VAGUE) {
            quantity = quantity.qualified(qualifier.value());
          }
        }
        if (quantity.unit().isEmpty()) {
          quantity = quantity.withUnit(nouns.after(region.tokens(), reported.end()));
        }
      }
      numbers.add(mention(raw, new Span(begin, reported.end()), quantity));
    }
  }

  /**
   * Whether a number is past what a double holds ("1.8e309", "9e999 trillion"): its value, or an end the text
   * states, overflowed to infinity. Such a number tells a reader nothing and cannot be written as JSON.
   */
  private static boolean overflows(Quantity quantity) {
    if (!Double.isFinite(quantity.value())) {
      return true;
    }
    return switch (quantity.qualifier()) {
      case EXACT, APPROXIMATE, RANGE, VAGUE -> !quantity.isBounded();
      default -> false;
    };
  }

  private static NumberMention mention(String raw, Span span, Quantity quantity) {
    String text = span.text(raw);
    return new NumberMention(span, text, quantity.withSurface(text));
  }

  private static List<Region> regions(Analysis analysis) {
    String raw = analysis.document().text();
    List<Region> regions = new ArrayList<>();
    if (analysis.sentences().isEmpty()) {
      regions.add(new Region(new Span(0, raw.length()), SentenceTokens.NONE, TextPieces.of(raw, 0, raw.length())));
      return regions;
    }
    for (Sentence s : analysis.sentences()) {
      Span span = s.span();
      regions.add(new Region(span, new SentenceTokens(s.tokens()), TextPieces.of(raw, span.begin(), span.end())));
    }
    return regions;
  }

  /** The region that holds {@code offset}; regions are sentences, in text order. */
  private static Region regionOf(List<Region> regions, int offset) {
    int lo = 0;
    int hi = regions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span span = regions.get(mid).span();
      if (offset < span.begin()) {
        hi = mid - 1;
      } else if (offset >= span.end()) {
        lo = mid + 1;
      } else {
        return regions.get(mid);
      }
    }
    return null;
  }
}
