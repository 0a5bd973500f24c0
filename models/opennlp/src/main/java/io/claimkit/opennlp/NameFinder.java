package io.claimkit.opennlp;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Named entities by rules, the pass after the statistical {@link NameModel} ({@link NamePasses}): chunks of
 * proper nouns, typed by small gazetteers and by context.
 *
 * <p>A chunk is a run of proper nouns, acronyms and nationality words; capitalized nouns and adjectives join
 * it, and start one when they are not the first word of the sentence. "of" or "of the" and a hyphen written
 * without spaces join two name words ("Department of Energy", "U.S.-Iraq"). In a title-case headline, where
 * capitals say nothing, only gazetteer names and known persons are reported. Leading places, nationalities
 * and title words are cut off ("US" | "Defense Secretary" | "Lloyd Austin") unless an organization cue ends
 * the chunk. The rest is typed, first rule wins:
 *
 * <ol>
 *   <li>ORGANIZATION when a cue word ends it or stands in it ("Foreign Affairs Ministry"), when the whole
 *       chunk is a known organization ("Pentagon"), or when it is a lone acronym ("KCNA");
 *   <li>PERSON when it is a person found earlier in the document, or that person's last name ("Austin"), or a
 *       lone common given name;
 *   <li>NATIONALITY, LOCATION by the gazetteers, LOCATION when a place cue ends it ("Hong Kong Island");
 *   <li>PERSON when a title stands before it, when ", a spokesperson" or similar follows it, when it starts
 *       with a common given name, when it has a middle initial ("George W. Bush"), when two or three words
 *       are followed by a reporting verb, or when two or three words are known as nothing else and none is
 *       written in lowercase elsewhere in the document;
 *   <li>else MISC.
 * </ol>
 *
 * <p>At the end, a lone MISC or LOCATION name that is a person's last name becomes that PERSON ("Warhol"),
 * and a one-word MISC name first in its sentence is dropped.
 * Measured on GUM's 24 Wikinews documents (see the module README), precision is 0.68 to 0.81 and recall
 * 0.48 to 0.60 per type.
 */
final class NameFinder {

  private static final Set<String> REPORTING_LEMMAS =
      Set.of("say", "tell", "add", "announce", "state", "explain", "note", "write", "claim", "contribute",
          "report", "confirm", "deny", "warn", "argue", "insist");

  /** The entities of a document's sentences, in text order. */
  List<EntityMention> find(String raw, List<Sentence> sentences) {
    List<EntityMention> out = new ArrayList<>();
    Set<String> personWords = new HashSet<>();
    Set<String> lowercaseWords = new HashSet<>();
    for (Sentence sentence : sentences) {
      for (Token t : sentence.tokens()) {
        if (Character.isLowerCase(t.text().codePointAt(0))) {
          lowercaseWords.add(t.text());
        }
      }
    }
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      if (isTitleCase(tokens)) {
        findKnown(raw, tokens, personWords, out);
        continue;
      }
      int i = 0;
      while (i < tokens.size()) {
        int end = chunkEnd(tokens, i);
        if (end > i) {
          type(raw, tokens, i, end, personWords, lowercaseWords, out);
          i = end;
        } else {
          if (isLowercaseTitle(tokens.get(i))) {
            out.add(mention(raw, tokens, i, i + 1, EntityType.TITLE));
          }
          i++;
        }
      }
    }
    Set<Integer> sentenceStarts = new HashSet<>();
    for (Sentence sentence : sentences) {
      sentence.tokens().stream().filter(t -> Character.isLetterOrDigit(t.text().codePointAt(0))).findFirst()
          .ifPresent(t -> sentenceStarts.add(t.begin()));
    }
    return resolveLastNames(out, personWords, sentenceStarts);
  }

  /**
   * A lone name that is a known person's last name is that person, wherever it stands ("Warhol"). An unknown
   * single word first in its sentence is dropped: its capital may only mark the sentence start ("Pilgrims").
   */
  private static List<EntityMention> resolveLastNames(
      List<EntityMention> found, Set<String> personWords, Set<Integer> sentenceStarts) {
    List<EntityMention> out = new ArrayList<>(found.size());
    for (EntityMention e : found) {
      boolean lone = e.type() == EntityType.MISC || e.type() == EntityType.LOCATION;
      if (lone && personWords.contains(e.text())) {
        out.add(new EntityMention(e.span(), e.text(), EntityType.PERSON));
      } else if (!(e.type() == EntityType.MISC && sentenceStarts.contains(e.begin())
          && e.text().chars().noneMatch(Character::isWhitespace))) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A headline in title case ("Defense Secretary Considers Reducing Military Presence") capitalizes every
   * word, so capitals say nothing there: no final punctuation, and most words of four letters or more start
   * uppercase.
   */
  static boolean isTitleCase(List<Token> tokens) {
    if (tokens.isEmpty() || tokens.get(tokens.size() - 1).pos().equals(".")) {
      return false;
    }
    int words = 0;
    int capitalized = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalized++;
      }
    }
    return words >= 4 && capitalized * 10 >= words * 8;
  }

  /** In a title-case sentence, only the gazetteers' names and persons already known, longest first. */
  private void findKnown(String raw, List<Token> tokens, Set<String> personWords, List<EntityMention> out) {
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int end = Math.min(tokens.size(), i + 4); end > i && matched == 0; end--) {
        String text = text(raw, tokens, i, end);
        EntityType type = personWords.contains(text) ? EntityType.PERSON
            : Lexicon.ORGANIZATIONS.contains(text) ? EntityType.ORGANIZATION
            : Lexicon.LOCATIONS.contains(text) ? EntityType.LOCATION
            : Lexicon.NATIONALITIES.contains(text) ? EntityType.NATIONALITY
            : Lexicon.TITLES.contains(text.toLowerCase(Locale.ROOT)) ? EntityType.TITLE : null;
        if (type != null) {
          out.add(mention(raw, tokens, i, end, type));
          matched = end - i;
        }
      }
      i += Math.max(1, matched);
    }
  }

  /** The end (exclusive) of the chunk that starts at i, or i when none starts there. */
  private static int chunkEnd(List<Token> tokens, int i) {
    int j = i;
    boolean proper = false;
    int lastName = i;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      if (isProper(t) || isCapitalizedContent(t) || isNationality(t) || isAcronym(t)) {
        proper |= isProper(t) || isAcronym(t) || Lexicon.ORGANIZATION_CUES.contains(t.text())
            || Lexicon.LOCATIONS.contains(t.text()) || isNationality(t)
            || isCapitalizedContent(t) && !opensSentence(tokens, j);
        j++;
        lastName = j;
      } else if (j > i && isConnector(tokens, j)) {
        j += tokens.get(j + 1).text().equals("the") ? 2 : 1;
      } else if (j > i && isJoiningHyphen(tokens, j)) {
        j++;
      } else {
        break;
      }
    }
    return proper ? lastName : i;
  }

  /** "of" or "of the" between name words, as in "Department of Defense" and "Daughters of the American". */
  private static boolean isConnector(List<Token> tokens, int j) {
    if (!tokens.get(j).text().equals("of") || j + 1 >= tokens.size()) {
      return false;
    }
    int next = tokens.get(j + 1).text().equals("the") ? j + 2 : j + 1;
    return next < tokens.size() && (isProper(tokens.get(next)) || isCapitalizedContent(tokens.get(next)));
  }

  /** Whether only punctuation stands before token j: a capital there says nothing. */
  private static boolean opensSentence(List<Token> tokens, int j) {
    for (int k = 0; k < j; k++) {
      if (Character.isLetterOrDigit(tokens.get(k).text().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A proper noun written as one: the tagger gives NNP to some lowercase words. */
  private static boolean isProper(Token t) {
    return t.isProperNoun() && Character.isUpperCase(t.text().codePointAt(0));
  }

  /** "ICARO", "NATO": two or more capitals and no lowercase letter. */
  private static boolean isAcronym(Token t) {
    String w = t.text();
    return w.length() >= 2 && w.chars().anyMatch(Character::isUpperCase)
        && w.chars().noneMatch(Character::isLowerCase) && w.chars().allMatch(c -> Character.isLetter(c) || c == '.');
  }

  /** A hyphen written without spaces between two name words: "U.S.-Iraq". */
  private static boolean isJoiningHyphen(List<Token> tokens, int j) {
    return j + 1 < tokens.size()
        && tokens.get(j).text().equals("-")
        && tokens.get(j - 1).end() == tokens.get(j).begin()
        && tokens.get(j).end() == tokens.get(j + 1).begin()
        && (isProper(tokens.get(j + 1)) || isCapitalizedContent(tokens.get(j + 1)));
  }

  private static boolean isCapitalizedContent(Token t) {
    String p = t.pos();
    return (p.startsWith("NN") || p.startsWith("JJ"))
        && Character.isUpperCase(t.text().codePointAt(0));
  }

  private static boolean isNationality(Token t) {
    return Lexicon.NATIONALITIES.contains(t.text());
  }

  private static boolean isLowercaseTitle(Token t) {
    return t.isNoun() && Character.isLowerCase(t.text().charAt(0)) && Lexicon.TITLES.contains(t.lemma())
        && !t.lemma().equals("head") && !t.lemma().equals("chief") && !t.lemma().equals("leader");
  }

  private void type(String raw, List<Token> tokens, int begin, int end, Set<String> personWords,
      Set<String> lowercaseWords, List<EntityMention> out) {
    int b = begin;
    String whole = text(raw, tokens, b, end);
    if (end - b == 1 && SimpleTemporals.isCalendarWord(whole)) {
      return; // a month or weekday: a temporal, not a name
    }
    boolean organization = endsWithCue(tokens, b, end) || Lexicon.ORGANIZATIONS.contains(whole);
    if (!organization && (Lexicon.LOCATIONS.contains(whole) || Lexicon.NATIONALITIES.contains(whole))) {
      out.add(mention(raw, tokens, b, end, placeType(whole))); // "Saudi Arabia" is one place
      return;
    }
    if (!organization && splitsIntoPlaces(tokens, b, end)) {
      for (int k = b; k < end; k++) {
        if (!tokens.get(k).text().equals("-")) {
          out.add(mention(raw, tokens, k, k + 1, placeType(tokens.get(k).text())));
        }
      }
      return;
    }
    if (!organization) {
      // "US Defense Secretary Lloyd Austin", "Iraqi officials": a leading place or nationality stands alone.
      while (b < end - 1 && (isPlaceOrNationality(tokens.get(b).text())
          || (isAcronym(tokens.get(b)) || Lexicon.ORGANIZATIONS.contains(tokens.get(b).text()))
              && Lexicon.TITLES.contains(tokens.get(b + 1).text().toLowerCase(Locale.ROOT)))) {
        String word = tokens.get(b).text();
        out.add(mention(raw, tokens, b, b + 1,
            isPlaceOrNationality(word) ? placeType(word) : EntityType.ORGANIZATION));
        b++;
        if (tokens.get(b).text().equals("-") && b < end - 1) {
          b++;
        }
      }
      int titleEnd = b;
      for (int k = b; k < end; k++) {
        if (Lexicon.TITLES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
          titleEnd = k + 1;
        }
      }
      if (titleEnd > b) {
        out.add(mention(raw, tokens, b, titleEnd, EntityType.TITLE));
        if (titleEnd < end) {
          addPerson(raw, tokens, titleEnd, end, personWords, out);
        }
        return;
      }
    }
    String rest = text(raw, tokens, b, end);
    EntityType type = typeOf(tokens, b, end, rest, organization, personWords, lowercaseWords);
    if (type == EntityType.PERSON) {
      addPerson(raw, tokens, b, end, personWords, out);
    } else if (type == EntityType.MISC && allLowercaseAfterFirst(tokens, b, end)) {
      return; // a capitalized common word, not a name
    } else {
      out.add(mention(raw, tokens, b, end, type));
    }
  }

  private EntityType typeOf(List<Token> tokens, int b, int end, String text, boolean organization,
      Set<String> personWords, Set<String> lowercaseWords) {
    if (organization || Lexicon.ORGANIZATIONS.contains(text) || hasCue(tokens, b, end)) {
      return EntityType.ORGANIZATION;
    }
    if (personWords.contains(text) || end - b == 1 && Lexicon.FIRST_NAMES.contains(text)) {
      return EntityType.PERSON;
    }
    if (Lexicon.NATIONALITIES.contains(text)) {
      return EntityType.NATIONALITY;
    }
    if (Lexicon.LOCATIONS.contains(text)) {
      return EntityType.LOCATION;
    }
    int size = end - b;
    if (size >= 2 && Lexicon.LOCATION_CUES.contains(tokens.get(end - 1).text())) {
      return EntityType.LOCATION;
    }
    if (size == 1 && (isAcronym(tokens.get(b)) && text.length() <= 6 && !text.contains(".")
        || Lexicon.ORGANIZATION_CUES.contains(text) && b > 0)) {
      return EntityType.ORGANIZATION; // "KCNA", "the Church": news acronyms are mostly organizations
    }
    boolean named = allNameWords(tokens, b, end);
    if (named && (Lexicon.FIRST_NAMES.contains(tokens.get(b).text()) && size >= 2
        || hasMiddleInitial(tokens, b, end)
        || titleBefore(tokens, b)
        || appositiveTitleAfter(tokens, end)
        || size >= 2 && size <= 3 && reportingVerbAfter(tokens, end)
        || size >= 2 && size <= 3 && looksLikeAName(tokens, b, end, lowercaseWords))) {
      return EntityType.PERSON;
    }
    return EntityType.MISC;
  }

  private void addPerson(
      String raw, List<Token> tokens, int b, int end, Set<String> personWords, List<EntityMention> out) {
    out.add(mention(raw, tokens, b, end, EntityType.PERSON));
    personWords.add(tokens.get(end - 1).text());
    personWords.add(text(raw, tokens, b, end));
  }

  private static boolean endsWithCue(List<Token> tokens, int b, int end) {
    return end - b >= 2 && Lexicon.ORGANIZATION_CUES.contains(tokens.get(end - 1).text());
  }

  /** A cue inside a chunk that has "of": "Department of Defense", "University of Chicago". */
  private static boolean hasCue(List<Token> tokens, int b, int end) {
    boolean of = false;
    boolean cue = false;
    for (int k = b; k < end; k++) {
      of |= tokens.get(k).text().equals("of");
      cue |= Lexicon.ORGANIZATION_CUES.contains(tokens.get(k).text()) && end - b >= 2;
    }
    return cue && (of || end - b >= 2);
  }

  /** "Israel-Gaza", "US-Iraq": places joined by hyphens stay separate places. */
  private static boolean splitsIntoPlaces(List<Token> tokens, int b, int end) {
    if (end - b < 3) {
      return false;
    }
    for (int k = b; k < end; k++) {
      String w = tokens.get(k).text();
      boolean hyphen = (k - b) % 2 == 1;
      if (hyphen ? !w.equals("-") : !isPlaceOrNationality(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlaceOrNationality(String word) {
    return Lexicon.LOCATIONS.contains(word) || Lexicon.NATIONALITIES.contains(word);
  }

  private static EntityType placeType(String word) {
    return Lexicon.NATIONALITIES.contains(word) ? EntityType.NATIONALITY : EntityType.LOCATION;
  }

  private static boolean allNameWords(List<Token> tokens, int b, int end) {
    for (int k = b; k < end; k++) {
      Token t = tokens.get(k);
      if (!isProper(t) && !isAcronym(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allLowercaseAfterFirst(List<Token> tokens, int b, int end) {
    return end - b == 1 && !tokens.get(b).isProperNoun();
  }

  /**
   * Two or three capitalized words that are neither common words written in lowercase elsewhere in the
   * document ("Space Shuttle" beside "the shuttle") nor known places, nationalities, organizations, cue or
   * title words, nor acronyms: in news, such a phrase is most often a person's name ("Romelu Lukaku"). The
   * last word may be a place name when the first is not ("Valeska Paris").
   */
  private static boolean looksLikeAName(List<Token> tokens, int b, int end, Set<String> lowercaseWords) {
    for (int k = b; k < end; k++) {
      Token t = tokens.get(k);
      String w = t.text();
      boolean placeAllowed = k == end - 1 && k > b && !isPlaceOrNationality(tokens.get(b).text());
      if (isAcronym(t) && w.length() > 2 || isPlaceOrNationality(w) && !placeAllowed
          || Lexicon.ORGANIZATIONS.contains(w) || Lexicon.ORGANIZATION_CUES.contains(w) || Lexicon.LOCATION_CUES.contains(w)
          || Lexicon.TITLES.contains(w.toLowerCase(Locale.ROOT)) || SimpleTemporals.isCalendarWord(w)
          || lowercaseWords.contains(w.toLowerCase(Locale.ROOT))
          || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'')) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasMiddleInitial(List<Token> tokens, int b, int end) {
    for (int k = b + 1; k < end - 1; k++) {
      String w = tokens.get(k).text();
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean titleBefore(List<Token> tokens, int b) {
    return b > 0 && Lexicon.TITLES.contains(tokens.get(b - 1).text().toLowerCase(Locale.ROOT));
  }

  /** "Sabrina Singh, a spokesperson for the Pentagon". */
  private static boolean appositiveTitleAfter(List<Token> tokens, int end) {
    if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return false;
    }
    for (int k = end + 1; k < Math.min(tokens.size(), end + 5); k++) {
      Token t = tokens.get(k);
      if (Lexicon.TITLES.contains(t.lemma()) || Lexicon.TITLES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean reportingVerbAfter(List<Token> tokens, int end) {
    return end < tokens.size() && tokens.get(end).isVerb()
        && REPORTING_LEMMAS.contains(tokens.get(end).lemma());
  }

  private static String text(String raw, List<Token> tokens, int b, int end) {
    return raw.substring(tokens.get(b).begin(), tokens.get(end - 1).end());
  }

  private static EntityMention mention(String raw, List<Token> tokens, int b, int end, EntityType type) {
    Span span = new Span(tokens.get(b).begin(), tokens.get(end - 1).end());
    return new EntityMention(span, span.text(raw), type);
  }
}
