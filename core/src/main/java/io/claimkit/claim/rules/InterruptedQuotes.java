package io.claimkit.claim.rules;

import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.Quotes;
import io.claimkit.internal.SortedSpans;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A quotation interrupted by its attribution is one content: "“The plan is dead,” said the union's leader.
 * “We will strike.”" and "“The plan is dead,” she said, “and we will strike.”". The content runs from the
 * first part's opening to the second part's close, over the attribution between them.
 */
final class InterruptedQuotes {

  /** The most characters between the attribution's end and the opening of the second part. */
  private static final int MAX_GAP = 4;

  private InterruptedQuotes() {}

  /**
   * The attributions with each content that is a quotation closed right before its cue or speaker widened to
   * the quotation that opens right after them, when no other attribution stands in that second part.
   */
  static List<Found> merge(List<Found> found, String raw) {
    // The cues in text order, once: looking for a cue inside a quotation is then a binary search, not a scan
    // of every attribution for every quotation (quadratic in a long text).
    List<Span> cues = found.stream().map(f -> f.cue().span()).sorted().toList();
    List<Found> merged = new ArrayList<>(found.size());
    for (Found f : found) {
      merged.add(continued(f, cues, raw));
    }
    return merged;
  }

  /** Whether a content was widened over its attribution: it is then direct speech in two parts. */
  static boolean isInterrupted(Found found) {
    Span cue = found.cue().span();
    return found.content().begin() < cue.begin() && cue.end() < found.content().end();
  }

  private static Found continued(Found f, List<Span> cues, String raw) {
    Span content = f.content();
    Span cue = f.cue().span();
    Span speaker = f.speaker().span();
    int attributionEnd = Math.max(cue.end(), speaker.end());
    boolean quoteBefore = content.end() <= Math.min(cue.begin(), speaker.begin())
        && closesQuoteAt(raw, content.end(), Math.min(cue.begin(), speaker.begin()));
    if (!quoteBefore) {
      return f;
    }
    int open = attributionEnd;
    while (open < raw.length() && open - attributionEnd <= MAX_GAP && !Quotes.isOpening(raw, open)) {
      char c = raw.charAt(open);
      if (c != ' ' && c != ',' && c != '.' && c != '\n' && c != '\r') {
        return f;
      }
      open++;
    }
    if (!Quotes.isOpening(raw, open)) {
      return f;
    }
    int close = open + 1;
    while (close < raw.length() && !Quotes.isClosing(raw, close)) {
      if (Quotes.isOpening(raw, close) || close - open > 4_000) {
        return f;
      }
      close++;
    }
    if (close >= raw.length()) {
      return f;
    }
    Span second = new Span(open + 1, close);
    // f's own cue ends before the second part opens, so any cue inside it is another attribution's.
    for (int i = SortedSpans.firstBeginningAtOrAfter(cues, c -> c, second.begin());
        i < cues.size() && cues.get(i).begin() < second.end(); i++) {
      if (second.contains(cues.get(i))) {
        return f; // the second part has an attribution of its own
      }
    }
    int end = close;
    while (end > second.begin() && ",.;: ".indexOf(raw.charAt(end - 1)) >= 0) {
      end--;
    }
    return f.withContent(new Span(content.begin(), end));
  }

  /** Whether a closing quotation mark stands between a content's end and the attribution after it. */
  private static boolean closesQuoteAt(String raw, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Quotes.isClosing(raw, i)) {
        return true;
      }
    }
    return false;
  }
}
