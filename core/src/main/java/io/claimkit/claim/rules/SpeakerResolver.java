package io.claimkit.claim.rules;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mentions;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.internal.SortedSpans;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
  /** Plural subjects of the document's clauses ("Union leaders met ..."), which "they" may stand for. */
  private final List<Span> pluralSubjects;
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
    this.pluralSubjects = pluralSubjects(context.sentences(), lexicon);
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
        return lastBefore(persons, EntityMention::span, speaker.begin()).map(p -> fullest(p.text()));
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

  /**
   * Whether a speaker names a group that "they" or "it" may stand for: no pronoun, and a plural noun last or an
   * organization inside.
   */
  boolean isGroup(TokenRange speaker) {
    Token last = speaker.sentence().token(speaker.last());
    return !Tokens.isPronoun(last) && (isPlural(last) || !Mentions.inside(organizations, speaker.span()).isEmpty());
  }

  /** The group named last before {@code before}: an organization, an earlier group speaker or a plural subject. */
  private Optional<String> nearestGroup(int before, List<Span> groups) {
    Optional<Span> best = lastBefore(organizations, EntityMention::span, before).map(EntityMention::span);
    List<Optional<Span>> others = List.of(lastBefore(groups, s -> s, before), lastBefore(pluralSubjects, s -> s, before));
    for (Optional<Span> other : others) {
      if (other.isPresent() && (best.isEmpty() || other.get().begin() > best.get().begin())) {
        best = other;
      }
    }
    return best.map(span -> context.document().text(span));
  }

  /** The last of items in text order that ends by {@code before}: a binary search, then a step back past overlaps. */
  private static <T> Optional<T> lastBefore(List<T> items, Function<? super T, Span> span, int before) {
    int i = SortedSpans.firstBeginningAtOrAfter(items, span, before) - 1;
    while (i >= 0 && span.apply(items.get(i)).end() > before) {
      i--;
    }
    return i >= 0 ? Optional.of(items.get(i)) : Optional.empty();
  }

  /** The subject of each sentence's first finite verb, where its head is a plural noun: one look per sentence. */
  private static List<Span> pluralSubjects(List<Sentence> sentences, ClaimLexicon lexicon) {
    List<Span> subjects = new ArrayList<>();
    for (Sentence sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        if (Tokens.isFiniteVerb(sentence.token(i))) {
          Speakers.subjectBefore(sentence, VerbGroups.start(sentence, i, 0), lexicon.speakerPronouns())
              .filter(s -> isPlural(sentence.token(NounPhrases.head(sentence, s.from(), s.to()))))
              .ifPresent(s -> subjects.add(s.span()));
          break;
        }
      }
    }
    return subjects;
  }

  private static boolean isPlural(Token head) {
    return head.pos().equals("NNS") || head.pos().equals("NNPS");
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
