package io.claimkit.claim.rules;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mentions;
import io.claimkit.claim.ClaimContext;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a speaker within its document to the fullest name the document gives it: "Lopez" and
 * "Director Lopez" to "Maria Lopez", "he" to the last person named before, "The statement, released by
 * the ministry" to the ministry.
 */
final class SpeakerResolver {

  private static final Pattern BY_AGENT = Pattern.compile("\\bby\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

  private final ClaimLexicon lexicon;

  SpeakerResolver(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The person mentions of a document that name someone, in text order: what speakers resolve to. */
  static List<EntityMention> persons(ClaimContext context) {
    return context.analysis().mentions(EntityMention.class).stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> !GrammarWords.pronouns().contains(e.text()))
        .toList();
  }

  Optional<String> resolve(ClaimContext context, List<EntityMention> persons, Span speaker) {
    String text = context.document().text(speaker);
    Optional<EntityMention> named = Mentions.inside(persons, speaker).stream().findFirst();
    if (named.isPresent()) {
      return Optional.of(fullest(named.get(), persons));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("he") || lower.equals("she")) {
      return persons.stream()
          .filter(p -> p.end() <= speaker.begin())
          .reduce((first, second) -> second)
          .map(p -> fullest(p, persons));
    }
    String firstNounish = lower.replaceFirst("^(the|a|an)\\s+", "").split("[\\s,]+")[0];
    if (lexicon.documentNouns().contains(firstNounish)) {
      var agent = BY_AGENT.matcher(text);
      if (agent.find()) {
        return Optional.of(agent.group(1).strip());
      }
    }
    return Optional.empty();
  }

  /** The longest person mention of the document that ends with the same surname. */
  private static String fullest(EntityMention person, List<EntityMention> persons) {
    String surname = lastWord(person.text());
    return persons.stream()
        .filter(p -> lastWord(p.text()).equals(surname))
        .map(EntityMention::text)
        .reduce(person.text(), (best, next) -> next.length() > best.length() ? next : best);
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
