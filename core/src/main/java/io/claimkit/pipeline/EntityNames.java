package io.claimkit.pipeline;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Token;
import io.claimkit.internal.SortedSpans;
import io.claimkit.lexicon.GrammarWords;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over the entity mentions of any backend, so that names follow the same conventions whichever found
 * them (docs/names.md):
 *
 * <ol>
 *   <li>a pronoun is never a named entity ("he", "his": {@link GrammarWords#pronouns()});
 *   <li>a name holds no leading determiner or possessive and no trailing possessive or punctuation: "the
 *       Philippines" gives "Philippines", "Trump's" gives "Trump";
 *   <li>a name does not end inside a hyphenated word: "Kwok Ka-ki", not "Kwok Ka";
 *   <li>places written with a comma are one name each: "Lyon, France" gives "Lyon" and "France";
 *   <li>within a document one name gets one type: a name takes the type the backend gave it most often (the first one on a tie), a lone
 *       word that is the last word of a person's name of two words or more is that person ("Okonjo" after
 *       "Ngozi Okonjo"), also where the backend found no entity on a proper noun. A full name keeps its own
 *       type, so an organization named after a place ("Texas Instruments") stays an organization.
 * </ol>
 */
final class EntityNames {

  private static final Set<EntityType> NAMED =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);

  private EntityNames() {}

  /** The mentions with the entity mentions brought to the conventions; other mentions unchanged. */
  static List<Mention> apply(String raw, List<Mention> mentions, List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (Mention m : mentions) {
      if (m instanceof EntityMention e) {
        entities.addAll(conventions(e, tokens));
      } else {
        out.add(m);
      }
    }
    out.addAll(oneTypePerName(joinedAtHyphens(entities, tokens, raw), tokens));
    return out;
  }

  /**
   * A name goes on over a hyphen written without spaces ("Kwok Ka" "-" "ki" gives "Kwok Ka-ki"): tokenizers
   * split such words, and a name does not end inside one. A name that the hyphen joins to the next keeps its
   * type over both ("Mohamed El" "-" "Hassan Mohamed").
   */
  private static List<EntityMention> joinedAtHyphens(List<EntityMention> entities, List<Token> tokens, String raw) {
    List<EntityMention> sorted = new ArrayList<>(entities);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention e : sorted) {
      EntityMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.span().end() > e.span().begin() && last.span().end() >= e.span().end()) {
        out.add(e); // nested: left as it is
        continue;
      }
      if (last != null && last.span().intersects(e.span()) && NAMED.contains(last.type())
          && NAMED.contains(e.type())) {
        out.set(out.size() - 1, joined(last, e.span().end(), raw));
        continue;
      }
      out.add(extended(e, tokens, raw));
    }
    return out;
  }

  /** The mention extended over each tight hyphen and the word after it. */
  private static EntityMention extended(EntityMention e, List<Token> tokens, String raw) {
    if (!NAMED.contains(e.type())) {
      return e;
    }
    int k = SortedSpans.firstBeginningAtOrAfter(tokens, Token::span, e.span().end());
    int end = e.span().end();
    while (k + 1 < tokens.size() && tokens.get(k).text().equals("-") && tokens.get(k).begin() == end
        && tokens.get(k + 1).begin() == tokens.get(k).end()
        && Character.isLetter(tokens.get(k + 1).text().codePointAt(0))) {
      end = tokens.get(k + 1).end();
      k += 2;
    }
    return end == e.span().end() ? e : joined(e, end, raw);
  }

  private static EntityMention joined(EntityMention e, int end, String raw) {
    Span span = new Span(e.span().begin(), end);
    return new EntityMention(span, span.text(raw), e.type());
  }

  /** The mention without pronoun, determiner, possessive and trailing punctuation, split at commas. */
  private static List<EntityMention> conventions(EntityMention e, List<Token> tokens) {
    if (isPronoun(e.text())) {
      return List.of();
    }
    int first = SortedSpans.firstBeginningAtOrAfter(tokens, Token::span, e.span().begin());
    int end = first;
    while (end < tokens.size() && tokens.get(end).end() <= e.span().end()) {
      end++;
    }
    if (end == first) {
      return List.of(e); // a mention not aligned with tokens is left as the backend made it
    }
    List<EntityMention> pieces = new ArrayList<>();
    int start = first;
    for (int k = first; k <= end; k++) {
      boolean comma = k < end && tokens.get(k).text().equals(",") && e.type() == EntityType.LOCATION;
      if (k == end || comma) {
        trimmed(e, tokens, start, k).ifPresent(pieces::add);
        start = k + 1;
      }
    }
    return pieces;
  }

  private static Optional<EntityMention> trimmed(EntityMention e, List<Token> tokens, int b, int end) {
    while (b < end && isLeadingNoise(tokens.get(b))) {
      b++;
    }
    while (end > b && isTrailingNoise(tokens.get(end - 1))) {
      end--;
    }
    if (b == end || isPronoun(text(e, tokens, b, end))) {
      return Optional.empty();
    }
    Span span = new Span(tokens.get(b).begin(), tokens.get(end - 1).end());
    if (span.equals(e.span())) {
      return Optional.of(e);
    }
    return Optional.of(new EntityMention(span, text(e, tokens, b, end), e.type()));
  }

  /** "he", "His", "I"; not "US" or "IT", which are names written in capitals. */
  private static boolean isPronoun(String text) {
    boolean capitals = text.length() > 1 && text.codePoints().noneMatch(Character::isLowerCase);
    return !capitals && GrammarWords.pronouns().contains(text);
  }

  private static String text(EntityMention e, List<Token> tokens, int b, int end) {
    int offset = e.span().begin();
    return e.text().substring(tokens.get(b).begin() - offset, tokens.get(end - 1).end() - offset);
  }

  private static boolean isLeadingNoise(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS") || isPunctuation(t);
  }

  private static boolean isTrailingNoise(Token t) {
    return t.pos().equals("POS") || t.text().equals("'s") || t.text().equals("\u2019s") || isPunctuation(t);
  }

  /** A token of punctuation alone ("," "." "'"); "U.S." and "AT&amp;T" are words. */
  private static boolean isPunctuation(Token t) {
    return t.text().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static List<EntityMention> oneTypePerName(List<EntityMention> entities, List<Token> tokens) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Set<String> lastNames = new HashSet<>();
    for (EntityMention e : entities) {
      if (e.type() != EntityType.MISC && NAMED.contains(e.type())) {
        votes.computeIfAbsent(e.text(), k -> new LinkedHashMap<>()).merge(e.type(), 1, Integer::sum);
      }
      if (e.type() == EntityType.PERSON) {
        String[] words = e.text().split("\\s+");
        if (words.length >= 2) {
          lastNames.add(words[words.length - 1]);
        }
      }
    }
    Map<String, EntityType> nameType = new HashMap<>();
    votes.forEach((text, counts) -> nameType.put(text, mostVoted(counts)));
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention e : entities) {
      if (!NAMED.contains(e.type())) {
        out.add(e);
        continue;
      }
      EntityType type = nameType.getOrDefault(e.text(), e.type());
      if (lastNames.contains(e.text()) && nameType.get(e.text()) != EntityType.ORGANIZATION) {
        type = EntityType.PERSON;
      }
      out.add(type == e.type() ? e : new EntityMention(e.span(), e.text(), type));
    }
    if (!lastNames.isEmpty()) {
      boolean[] covered = new boolean[tokens.size()];
      for (EntityMention e : entities) {
        for (int k = SortedSpans.firstEndingAfter(tokens, Token::span, e.span().begin());
            k < tokens.size() && tokens.get(k).begin() < e.span().end(); k++) {
          covered[k] = true;
        }
      }
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (!covered[k] && t.isProperNoun() && lastNames.contains(t.text())) {
          out.add(new EntityMention(t.span(), t.text(), EntityType.PERSON));
        }
      }
    }
    return out;
  }

  /** The type given most often, the first given on a tie (LinkedHashMap keeps the order). */
  private static EntityType mostVoted(Map<EntityType, Integer> counts) {
    EntityType best = null;
    for (Map.Entry<EntityType, Integer> c : counts.entrySet()) {
      if (best == null || c.getValue() > counts.get(best)) {
        best = c.getKey();
      }
    }
    return best;
  }
}
