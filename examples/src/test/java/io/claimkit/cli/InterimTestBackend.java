package io.claimkit.cli;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORARY, to be deleted when claimkit-corenlp lands: the command-line tests then use
 * {@code CoreNlpBackend.shared()} (see {@link ClaimKitCliTest#BACKEND}). Until then this stands in as the
 * smallest real {@link Backend}: one sentence per line, whitespace tokens, digit strings as exact numbers.
 */
final class InterimTestBackend implements Backend {

  /** The one instance the tests share, as they will share {@code CoreNlpBackend.shared()}. */
  Backend self() {
    return this;
  }

  private static final Pattern LINE = Pattern.compile("[^\\n]*\\S[^\\n]*");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");

  @Override
  public String name() {
    return "interim-test";
  }

  @Override
  public Analysis analyze(Document document) {
    String raw = document.text();
    List<Sentence> sentences = new ArrayList<>();
    Matcher line = LINE.matcher(raw);
    while (line.find()) {
      List<Token> tokens = new ArrayList<>();
      Matcher token = TOKEN.matcher(raw).region(line.start(), line.end());
      while (token.find()) {
        tokens.add(
            new Token(
                new Span(token.start(), token.end()),
                token.group(),
                "XX",
                token.group().toLowerCase(Locale.ROOT)));
      }
      Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
      sentences.add(new Sentence(sentences.size(), span, tokens));
    }
    List<Mention> numbers = new ArrayList<>();
    Matcher number = NUMBER.matcher(raw);
    while (number.find()) {
      double value = Double.parseDouble(number.group().replace(",", ""));
      numbers.add(
          new NumberMention(
              new Span(number.start(), number.end()),
              number.group(),
              Quantity.exact(value).withSurface(number.group())));
    }
    return new Analysis(document, sentences, numbers);
  }
}
