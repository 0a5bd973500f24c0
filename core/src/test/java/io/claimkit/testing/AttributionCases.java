package io.claimkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.CueKind;
import io.claimkit.text.Document;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The attribution patterns ClaimKit reads, each a news sentence written for the purpose with the speaker, cue,
 * kind and content a reader marks. A backend's tests run them through a real pipeline ({@link #check}); spans
 * are asserted exactly, as the first occurrence of each expected text in the article.
 */
public final class AttributionCases {

  /** One pattern: an article, and the attribution expected in it, or none. */
  public record Case(String pattern, String text, Optional<Expected> expected) {
    @Override
    public String toString() {
      return pattern;
    }
  }

  /** What a reader marks; {@code resolvesTo} is empty when the speaker needs no resolution. */
  public record Expected(String speaker, String cue, CueKind kind, String content, Optional<String> resolvesTo) {}

  private AttributionCases() {}

  /** The patterns every backend reads. */
  public static Stream<Case> common() {
    return Stream.of(
        found("a cue between speaker and content, 'that'",
            "Transport minister Maria Lopez warned that fares could rise by as much as 15% next year.",
            "Transport minister Maria Lopez", "warned", CueKind.SPEECH, "fares could rise by as much as 15% next year"),
        found("a belief verb with an object and its complement",
            "Local aid groups estimated the damage at $3 million.",
            "Local aid groups", "estimated", CueKind.BELIEF, "the damage at $3 million"),
        found("a finding reported by a document",
            "The report finds that most bridges in the county need repair.",
            "The report", "finds", CueKind.EVIDENCE, "most bridges in the county need repair"),
        found("according to, before the content",
            "According to the city's budget office, the deficit will reach $40 million.",
            "the city's budget office", "According to", CueKind.SPEECH, "the deficit will reach $40 million"),
        found("a speaker with its appositive",
            "Maria Lopez, the city's budget director, said the shortfall was temporary.",
            "Maria Lopez, the city's budget director", "said", CueKind.SPEECH, "the shortfall was temporary"),
        found("a title and organization, then the name",
            "The central bank's governor, Anil Mehta, said interest rates would stay unchanged.",
            "The central bank's governor, Anil Mehta", "said", CueKind.SPEECH, "interest rates would stay unchanged"),
        found("a quote, then the inverted cue and speaker",
            "“We will not back down,” said Tomas Reyes.",
            "Tomas Reyes", "said", CueKind.SPEECH, "We will not back down"),
        found("the content first, the speaker after it",
            "The bridge will reopen in May, Mr. Okafor said.",
            "Mr. Okafor", "said", CueKind.SPEECH, "The bridge will reopen in May"),
        found("a quote interrupted by its attribution across sentences",
            "“The vote was close,” Reyes said. “But we won.”",
            "Reyes", "said", CueKind.SPEECH, "The vote was close,” Reyes said. “But we won"),
        found("a quote interrupted by its attribution within a sentence",
            "“It is a good deal,” she said, “and we will sign it.”",
            "she", "said", CueKind.SPEECH, "It is a good deal,” she said, “and we will sign it"),
        resolved("'they' resolved to the group named before",
            "Union leaders met with the mayor on Monday.\n\nThey said the strike would continue.",
            "They", "said", CueKind.SPEECH, "the strike would continue", "Union leaders"),
        found("a naming verb with a quoted phrase",
            "Mayor Okafor called the vote “a turning point” for the city.",
            "Mayor Okafor", "called", CueKind.SPEECH, "the vote “a turning point”"),
        found("according to around a nested belief: the outer attribution",
            "According to ABC News, Basya believes that the plan will fail.",
            "ABC News", "According to", CueKind.SPEECH, "Basya believes that the plan will fail"),
        found("according to around a nested belief: the inner attribution",
            "According to ABC News, Basya believes that the plan will fail.",
            "Basya", "believes", CueKind.BELIEF, "the plan will fail"),
        none("a negated report", "The minister did not say whether taxes would rise."),
        none("a question", "Did the mayor say the budget was balanced?"),
        none("a hypothetical report", "If the company confirms the layoffs, the union will strike."),
        none("an adverb with no speaker", "The company has reportedly cut 300 jobs."),
        found("a dateline is not part of the content",
            "RIVERTON (Reuters) - Floodwaters reached the town hall on Tuesday, officials said.",
            "officials", "said", CueKind.SPEECH, "Floodwaters reached the town hall on Tuesday"),
        found("'in a statement' between cue and speaker",
            "In a statement, the company said it would appeal the ruling.",
            "the company", "said", CueKind.SPEECH, "it would appeal the ruling"),
        found("a spokesman for an organization",
            "A spokesman for the ministry said the talks had stalled.",
            "A spokesman for the ministry", "said", CueKind.SPEECH, "the talks had stalled"),
        found("a participle after the clause it hangs on",
            "The ministry defended the plan, saying it would save $2 billion.",
            "The ministry", "saying", CueKind.SPEECH, "it would save $2 billion"),
        found("a reporting noun with its possessor",
            "The mayor's statement that the budget was balanced drew criticism.",
            "The mayor", "statement", CueKind.SPEECH, "the budget was balanced"),
        found("a document as the source",
            "The Home Office letter says the application was refused.",
            "The Home Office letter", "says", CueKind.DOCUMENT, "the application was refused"),
        found("a news agency as the source",
            "KCNA said the drills were a provocation.",
            "KCNA", "said", CueKind.SPEECH, "the drills were a provocation"),
        found("a quote over several sentences after a colon",
            "Reyes said: “We tried everything. Nothing worked.”",
            "Reyes", "said", CueKind.SPEECH, "We tried everything. Nothing worked"),
        found("an attribution set in commas inside its content",
            "Fares, the union said, will rise by 5% in March.",
            "the union", "said", CueKind.SPEECH, "Fares, the union said, will rise by 5% in March"),
        found("an expectation with an infinitive",
            "Analysts expect the central bank to raise rates in June.",
            "Analysts", "expect", CueKind.BELIEF, "the central bank to raise rates in June"));
  }

  /** Patterns that need the accurate backend's tags (the fast tagger misreads a word in each). */
  public static Stream<Case> taggerSensitive() {
    return Stream.of(
        found("evidence with a participle complement",
            "New polls show support for the measure slipping.",
            "New polls", "show", CueKind.EVIDENCE, "support for the measure slipping"),
        resolved("'she' resolved to the person named before",
            "Governor Ana Silva visited the flooded town on Sunday.\n\nShe said aid would arrive within days.",
            "She", "said", CueKind.SPEECH, "aid would arrive within days", "Ana Silva"),
        found("two reports joined by 'but': the second",
            "The senator insisted the bill would pass, but aides acknowledged that votes were missing.",
            "aides", "acknowledged", CueKind.SPEECH, "votes were missing"));
  }

  /** Runs one case through {@code pipeline} and asserts its attribution exactly. */
  public static void check(ClaimPipeline pipeline, Case c) {
    List<AttributionClaim> claims = pipeline.extract(Document.of("case", c.text())).claims(AttributionClaim.class);
    if (c.expected().isEmpty()) {
      assertThat(claims).as(c.pattern()).isEmpty();
      return;
    }
    Expected e = c.expected().get();
    AttributionClaim claim = claims.stream()
        .filter(a -> a.speaker().part().text().equals(e.speaker()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(c.pattern() + ": no attribution to \"" + e.speaker() + "\" in " + claims));
    assertThat(claim.speaker().part().span().begin()).as(c.pattern() + " speaker").isEqualTo(c.text().indexOf(e.speaker()));
    assertThat(claim.cue().text()).as(c.pattern() + " cue").isEqualTo(e.cue());
    assertThat(claim.cue().span().begin()).as(c.pattern() + " cue").isEqualTo(c.text().indexOf(e.cue()));
    assertThat(claim.cueKind()).as(c.pattern() + " kind").isEqualTo(e.kind());
    assertThat(claim.content().text()).as(c.pattern() + " content").isEqualTo(e.content());
    assertThat(claim.content().span().begin()).as(c.pattern() + " content").isEqualTo(c.text().indexOf(e.content()));
    e.resolvesTo().ifPresent(r -> assertThat(claim.speaker().resolvesTo()).as(c.pattern() + " resolves to").contains(r));
  }

  private static Case found(String pattern, String text, String speaker, String cue, CueKind kind, String content) {
    return new Case(pattern, text, Optional.of(new Expected(speaker, cue, kind, content, Optional.empty())));
  }

  private static Case resolved(String pattern, String text, String speaker, String cue, CueKind kind, String content,
      String resolvesTo) {
    return new Case(pattern, text, Optional.of(new Expected(speaker, cue, kind, content, Optional.of(resolvesTo))));
  }

  private static Case none(String pattern, String text) {
    return new Case(pattern, text, Optional.empty());
  }
}
