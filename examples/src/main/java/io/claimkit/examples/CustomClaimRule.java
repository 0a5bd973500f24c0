package io.claimkit.examples;

import io.claimkit.ClaimPipeline;
import io.claimkit.analysis.Mentions;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.lexicon.WordList;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.quantity.QuantityLexicon;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A claim rule of one's own: money claims, "the programme will cost $48 million". {@link Claim} is sealed,
 * so a money claim is a {@link QuantityClaim} whose number has a currency unit ("USD"), whose measured thing
 * is who or what costs or spends the money, and whose rule id says what it is ("money.cost"). JSON Lines,
 * evaluation, comparison and the report handle it like any quantity claim.
 *
 * <p>The rule is registered through the builder here. For {@code ClaimPipeline.Builder.discoverRules()} to
 * find it instead, name {@code io.claimkit.examples.CustomClaimRule$MoneyRule} in a file
 * {@code META-INF/services/io.claimkit.claim.ClaimRule} on the class path (the examples' test does).
 * Run it with
 *
 * <pre>
 * java -Xmx3g -cp "examples/target/claimkit.jar:examples/target/lib/*" io.claimkit.examples.CustomClaimRule
 * </pre>
 */
public final class CustomClaimRule {

  static final String TEXT =
      "The new rail programme will cost $48 million over five years, the transport ministry said. "
          + "Last year the city spent about €3.5 million on consultants.";

  private CustomClaimRule() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ClaimPipeline pipeline =
        ClaimPipeline.builder().backend(CoreNlpBackend.shared()).addRule(new MoneyRule()).build();
    // The built-in quantity rule still claims every number; the money rule adds who pays. To keep only one,
    // replace the rules with ClaimPipeline.Builder.rules(List.of(...)).
    for (QuantityClaim q : pipeline.extract(Document.of("example", TEXT)).claims(QuantityClaim.class)) {
      out.printf(
          "%-14s %-20s unit %s, measured %s, said by %s%n",
          q.rule(),
          q.quantity().text(),
          q.quantity().quantity().unit().orElse("-"),
          q.measured().map(p -> "\"" + p.text() + "\"").orElse("-"),
          q.speaker().map(p -> "\"" + p.part().text() + "\"").orElse("-"));
    }
  }

  /**
   * Money claims: a number with a currency unit after a verb of paying ("cost", "spend", "raise"), measured
   * by the subject of that verb, said by the speaker of the reported speech it stands in. Written on the rule
   * toolkit ({@link io.claimkit.claim.toolkit}), the helpers the built-in rules use, and on the attributions
   * layer that the pipeline computes once for every rule. Public with a public no-argument constructor, so
   * that {@link java.util.ServiceLoader} can make it; stateless, so one instance serves every thread.
   */
  public static final class MoneyRule implements ClaimRule {

    /** Verbs of paying, by lemma; a list of one's own, in the lexicon format (one a line, # comments). */
    private static final WordList MONEY_VERBS =
        WordList.parse(
            """
            # verbs whose object is a sum of money
            cost
            spend
            pay
            raise
            invest
            allocate
            borrow
            owe
            """);

    private final Set<String> currencies;

    public MoneyRule() {
      this(QuantityLexicon.defaults());
    }

    /** A rule that knows the currencies of the lexicon the pipeline reads numbers with. */
    public MoneyRule(QuantityLexicon lexicon) {
      this.currencies = lexicon.currencyCodes();
    }

    @Override
    public String id() {
      return "money";
    }

    /** The analysis and regions, as every rule, and who said what. */
    @Override
    public Set<Layer<?>> reads() {
      return Set.of(Layers.ANALYSIS, Layers.REGIONS, Layers.ATTRIBUTIONS);
    }

    @Override
    public List<QuantityClaim> apply(ClaimContext context) {
      List<QuantityClaim> claims = new ArrayList<>();
      for (Sentence sentence : context.sentences()) {
        for (NumberMention number : Mentions.inside(context.analysis().mentions(NumberMention.class), sentence.span())) {
          if (number.quantity().unit().filter(currencies::contains).isPresent()) {
            claim(context, sentence, number).ifPresent(claims::add);
          }
        }
      }
      return claims;
    }

    private Optional<QuantityClaim> claim(ClaimContext context, Sentence sentence, NumberMention number) {
      int verb = sentence.tokenBefore(number.begin());
      while (verb >= 0 && !sentence.token(verb).isVerb()) {
        verb--;
      }
      if (verb < 0 || !MONEY_VERBS.contains(Tokens.lemma(sentence.token(verb)))) {
        return Optional.empty();
      }
      // The payer: the subject of the verb group, "the city" in "Last year the city spent ...".
      Optional<TokenRange> payer =
          Speakers.subjectBefore(sentence, VerbGroups.start(sentence, verb, 0), GrammarWords.pronouns());
      if (payer.isEmpty()) {
        return Optional.empty();
      }
      Optional<Speaker> speaker =
          context.attributions().stream()
              .filter(a -> a.content().span().contains(number.span()))
              .map(AttributionClaim::speaker)
              .findFirst();
      Document document = context.document();
      Span span = payer.get().span().union(number.span());
      if (speaker.isPresent()) {
        span = span.union(speaker.get().part().span());
      }
      return Optional.of(
          new QuantityClaim(
              span,
              document.text(span),
              number,
              Optional.of(Part.of(document, payer.get().span())),
              Optional.empty(),
              Optional.empty(),
              speaker,
              id() + "." + Tokens.lemma(sentence.token(verb)),
              0.6,
              List.of(number)));
    }
  }
}
