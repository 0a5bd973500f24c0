package io.claimkit.claim.rules;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mentions;
import io.claimkit.claim.ClaimContext;
import io.claimkit.internal.SortedSpans;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.text.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves speakers within their document to the fullest name the document gives them: "Lopez" and "Director
 * Lopez" to "Maria Lopez"; "he" and "she" to the nearest person named before; "they" and "it" to the nearest
 * organization or group before (an organization mention, or the speaker of an earlier attribution that is a
 * group: "union leaders"); "The statement, released by the ministry" to the ministry. First-person speakers
 * are resolved by {@link AttributionStage}, to the speaker of the quotation they stand in.
 *
 * <p>One resolver serves one document ({@link #of}); each lookup is a binary search over the document's
 * mentions, so that resolving every attribution of a long document stays n log n.
 */
final class SpeakerResolver {

  private static final Pattern BY_AGENT = Pattern.compile("\\bby\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

  private final ClaimContext context;
  private final ClaimLexicon lexicon;
  /** Person mentions that name someone, in text order. */
  private final List<EntityMention> persons;
  /** Organization mentions, in text order. */
  private final List<EntityMention> organizations;
  /** The longest person name of the document for each last word. */
  private final Map<String, String> fullestBySurname = new HashMap<>();

  private SpeakerResolver(ClaimContext context, ClaimLexicon lexicon) {
    this.context = context;
    this.lexicon = lexicon;
    List<EntityMention> entities = context.analysis().mentions(EntityMention.class);
    this.persons = entities.stream()
        .filter(e -> e.type() == EntityType.PERSON && !GrammarWords.pronouns().contains(e.text()))
        .toList();
    this.organizations = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    for (EntityMention person : persons) {
      fullestBySurname.merge(lastWord(person.text()), person.text(), (a, b) -> b.length() > a.length() ? b : a);
    }
  }

  static SpeakerResolver of(ClaimContext context, ClaimLexicon lexicon) {
    return new SpeakerResolver(context, lexicon);
  }

  /**
   * The fuller name of a speaker, when the document gives one.
   *
   * @param groups the speakers of the document's earlier attributions that name a group, in text order
   */
  Optional<String> resolve(Span speaker, List<Span> groups) {
    String text = context.document().text(speaker);
    String lower = text.toLowerCase(Locale.ROOT);
    Optional<EntityMention> named = Mentions.inside(persons, speaker).stream().findFirst();
    if (named.isPresent()) {
      return Optional.of(fullest(named.get().text()));
    }
    switch (lower) {
      case "he", "she" -> {
        return nearestBefore(persons, speaker.begin()).map(p -> fullest(p.text()));
      }
      case "they", "it" -> {
        return nearestGroup(speaker.begin(), groups);
      }
      default -> {
        // "The statement, released by the ministry": a document speaks for its agent.
        String firstNounish = lower.replaceFirst("^(the|a|an)\\s+", "").split("[\\s,]+")[0];
        if (lexicon.documentNouns().contains(firstNounish)) {
          var agent = BY_AGENT.matcher(text);
          if (agent.find()) {
            return Optional.of(agent.group(1).strip());
          }
        }
        return Optional.empty();
      }
    }
  }

  /** Whether a speaker names a group that "they" or "it" may stand for: an organization, or a plural noun. */
  boolean isGroup(Span speaker, boolean pluralHead) {
    return pluralHead || !Mentions.inside(organizations, speaker).isEmpty();
  }

  private Optional<String> nearestGroup(int before, List<Span> groups) {
    Optional<EntityMention> organization = nearestBefore(organizations, before);
    int group = SortedSpans.firstBeginningAtOrAfter(groups, s -> s, before) - 1;
    Optional<Span> earlier = group >= 0 ? Optional.of(groups.get(group)) : Optional.empty();
    if (earlier.isPresent() && (organization.isEmpty() || earlier.get().begin() > organization.get().begin())) {
      return Optional.of(context.document().text(earlier.get()));
    }
    return organization.map(EntityMention::text);
  }

  private static Optional<EntityMention> nearestBefore(List<EntityMention> mentions, int offset) {
    int i = SortedSpans.firstBeginningAtOrAfter(mentions, EntityMention::span, offset) - 1;
    while (i >= 0 && mentions.get(i).end() > offset) {
      i--;
    }
    return i >= 0 ? Optional.of(mentions.get(i)) : Optional.empty();
  }

  /** The longest person name of the document that ends with the same word. */
  private String fullest(String name) {
    return fullestBySurname.getOrDefault(lastWord(name), name);
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
