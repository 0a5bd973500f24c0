package io.claimkit.claim.rules;

import static io.claimkit.claim.toolkit.Tokens.lemma;
import static io.claimkit.claim.toolkit.Tokens.lower;

import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityChange;
import io.claimkit.claim.QuantityChange.Role;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Speakers;
import io.claimkit.claim.toolkit.TokenRange;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.claim.toolkit.VerbGroups;
import io.claimkit.internal.SortedSpans;
import io.claimkit.lexicon.WordList;
import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds the changes a sentence reports of its numbers: a cue word ("rose", "cut", "up", "a 3% increase")
 * with the numbers it governs, each in its role: the amount by which ("rose 35 cents", "narrowed by $4bn"),
 * the value from and the value to ("from $1,980 to $1,850"). A number joins a change only when nothing but
 * adverbs, the prepositions "by", "to" and "from", other numbers of the change and their units stand between
 * it and the cue, so a number elsewhere in the clause is never taken for one. Linear in the sentence's
 * tokens: each cue looks at most {@link #MAX_REACH} tokens ahead.
 */
final class ChangeFinder {

  /** The most tokens a change's numbers reach past its cue: "cut its fee from $1,980 to $1,850" is 8. */
  private static final int MAX_REACH = 16;

  private static final WordList NO_PRONOUNS = WordList.of(Map.of());

  /**
   * A change found, with what changed when the clause tells it: the cue's subject ("the death toll rose"),
   * its object ("cut the fee") or the noun after a noun cue ("an increase in rents").
   */
  record Found(QuantityChange change, Optional<Span> changed) {}

  private final ChangeCues cues;

  ChangeFinder(ChangeCues cues) {
    this.cues = cues;
  }

  /**
   * The change each number of the sentence takes part in, by the number's index in {@code numbers} (null
   * where none): numbers of one change share it.
   */
  Found[] find(Document document, Sentence sentence, List<NumberMention> numbers) {
    Found[] found = new Found[numbers.size()];
    if (numbers.isEmpty()) {
      return found;
    }
    int[] mentionAt = new int[sentence.size()];
    Arrays.fill(mentionAt, -1);
    for (int m = 0; m < numbers.size(); m++) {
      NumberMention number = numbers.get(m);
      int first = sentence.tokenAtOrAfter(number.begin());
      for (int t = first; t < sentence.size() && sentence.token(t).begin() < number.end(); t++) {
        mentionAt[t] = m;
      }
    }
    for (int i = 0; i < sentence.size(); i++) {
      if (mentionAt[i] >= 0) {
        continue;
      }
      Optional<ChangeCues.Cue> cue = cueAt(sentence, i);
      if (cue.isEmpty()) {
        continue;
      }
      Optional<Found> change = changeAt(document, sentence, numbers, mentionAt, i, cue.get());
      if (change.isPresent()) {
        for (NumberMention number : List.of(change.get().change().by(), change.get().change().from(),
            change.get().change().to()).stream().flatMap(Optional::stream).toList()) {
          int m = indexOf(numbers, number);
          if (m >= 0 && found[m] == null) {
            found[m] = change.get();
          } else if (m < 0) { // a range split in two: its parts are not mentions of their own
            int whole = mentionAt[sentence.tokenAtOrAfter(number.begin())];
            if (whole >= 0 && found[whole] == null) {
              found[whole] = change.get();
            }
          }
        }
      }
    }
    return found;
  }

  private static int indexOf(List<NumberMention> numbers, NumberMention number) {
    int at = SortedSpans.firstBeginningAtOrAfter(numbers, NumberMention::span, number.begin());
    return at < numbers.size() && numbers.get(at).equals(number) ? at : -1;
  }

  /** The cue at token {@code i}: a listed verb, noun, adverb or adjective, not a particle ("set up"). */
  private Optional<ChangeCues.Cue> cueAt(Sentence sentence, int i) {
    Token token = sentence.token(i);
    String pos = token.pos();
    boolean verb = token.isVerb();
    boolean noun = pos.equals("NN") || pos.equals("NNS");
    boolean other = pos.startsWith("RB") || pos.startsWith("JJ") || pos.equals("IN") || pos.equals("RP");
    if (!verb && !noun && !other) {
      return Optional.empty();
    }
    Optional<ChangeCues.Cue> cue = cues.cue(lemma(token)).or(() -> cues.cue(lower(token)));
    if (cue.isEmpty()) {
      return cue;
    }
    if (other && i > 0 && sentence.token(i - 1).isVerb() && !lemma(sentence.token(i - 1)).equals("be")) {
      return Optional.empty(); // a particle: "set up 3 committees", "turned down 2 offers"
    }
    if (other && !cue.get().follows() && !List.of("up", "down").contains(lower(token))) {
      return Optional.empty();
    }
    return cue;
  }

  private Optional<Found> changeAt(
      Document document, Sentence sentence, List<NumberMention> numbers, int[] mentionAt, int cue,
      ChangeCues.Cue what) {
    Token cueToken = sentence.token(cue);
    boolean verb = cueToken.isVerb();
    boolean noun = Tokens.isNoun(cueToken);
    Map<Role, NumberMention> slots = new EnumMap<>(Role.class);
    if (noun || what.follows()) {
      amountBefore(sentence, numbers, mentionAt, cue)
          .filter(n -> !noun || afterDeterminer(sentence, n)) // "a 3% increase", not "put Sweden 1 - 0 up"
          .ifPresent(n -> slots.put(Role.BY, n));
    }
    Optional<Span> object = Optional.empty();
    int j = cue + 1;
    if (verb && j < sentence.size() && mentionAt[j] < 0 && startsObject(sentence.token(j))) {
      int end = NounPhrases.simpleEnd(sentence, j, sentence.size());
      boolean rangeNext = end < sentence.size() && mentionAt[end] >= 0
          && sentence.token(end).begin() == numbers.get(mentionAt[end]).begin() && isFromTo(numbers.get(mentionAt[end]));
      if (end > j && end < sentence.size() && (rangeNext || isSlotPreposition(sentence, mentionAt, end, false))) {
        object = Optional.of(new TokenRange(sentence, j, end).span());
        j = end;
      }
    }
    boolean afterFollowingCue = what.follows() && !verb && !noun;
    Role pending = null;
    for (int steps = 0; j < sentence.size() && steps < MAX_REACH; steps++) {
      Token token = sentence.token(j);
      int m = mentionAt[j];
      if (m >= 0) {
        NumberMention number = numbers.get(m);
        boolean bareAmount = pending == null && slots.isEmpty() && !noun && !afterFollowingCue
            && !countsThings(sentence, mentionAt, number); // "recovered 3 bodies" changes no quantity
        if (pending == null && isFromTo(number) && !slots.containsKey(Role.FROM)) {
          splitFromTo(document, sentence, number, what).forEach(slots::putIfAbsent);
        } else if (pending != null || bareAmount) {
          slots.putIfAbsent(pending == null ? Role.BY : pending, number);
        } else {
          break;
        }
        pending = null;
        j = skipUnit(sentence, mentionAt, lastToken(sentence, number) + 1);
        continue;
      }
      if (isSlotPreposition(sentence, mentionAt, j, noun)) {
        pending = roleOf(lower(token));
        j++;
      } else if (token.pos().startsWith("RB") && !Tokens.isNegation(token) || Tokens.isComma(token)
          && j + 1 < sentence.size() && isSlotPreposition(sentence, mentionAt, j + 1, noun)) {
        j++;
      } else {
        break;
      }
    }
    if (slots.isEmpty()) {
      return Optional.empty();
    }
    OptionalDouble factor = what.factor();
    NumberMention by = slots.get(Role.BY);
    if (by != null && factor.isEmpty() && UnitNouns.isFactor(by) && by.quantity().value() > 0) {
      factor = OptionalDouble.of(by.quantity().value()); // "increased 18-fold": by a factor, the number kept as by
    }
    QuantityChange change = new QuantityChange(
        what.direction(), Part.of(document, cueToken.span()), factor,
        Optional.ofNullable(slots.get(Role.BY)), Optional.ofNullable(slots.get(Role.FROM)),
        Optional.ofNullable(slots.get(Role.TO)));
    Optional<Span> changed = object.or(() -> changedThing(sentence, mentionAt, cue, verb, noun, slots));
    return Optional.of(new Found(change, changed));
  }

  /** "a 3% increase", "35 cents higher": the amount that ends just before the cue, maybe with its unit. */
  private static Optional<NumberMention> amountBefore(
      Sentence sentence, List<NumberMention> numbers, int[] mentionAt, int cue) {
    if (cue >= 1 && mentionAt[cue - 1] >= 0) {
      return Optional.of(numbers.get(mentionAt[cue - 1]));
    }
    if (cue >= 2 && mentionAt[cue - 2] >= 0 && Tokens.isNoun(sentence.token(cue - 1))) {
      return Optional.of(numbers.get(mentionAt[cue - 2]));
    }
    return Optional.empty();
  }

  private static boolean afterDeterminer(Sentence sentence, NumberMention number) {
    int first = sentence.tokenAtOrAfter(number.begin());
    return first > 0 && Tokens.isDeterminer(sentence.token(first - 1));
  }

  /** What changed: the subject of a verb cue, the noun after "in" or "of" after a noun cue. */
  private static Optional<Span> changedThing(
      Sentence sentence, int[] mentionAt, int cue, boolean verb, boolean noun, Map<Role, NumberMention> slots) {
    if (noun) {
      int after = cue + 1;
      if (after + 1 < sentence.size() && List.of("in", "of").contains(lower(sentence.token(after)))
          && mentionAt[after + 1] < 0) {
        int end = NounPhrases.simpleEnd(sentence, after + 1, sentence.size());
        return end > after + 1 ? Optional.of(new TokenRange(sentence, after + 1, end).span()) : Optional.empty();
      }
      return Optional.empty();
    }
    int verbIndex = cue;
    if (!verb) { // "Shares closed 2% higher", "Shares were up 3%": the verb before the amount or the cue
      int from = slots.containsKey(Role.BY) ? sentence.tokenAtOrAfter(slots.get(Role.BY).begin()) : cue;
      verbIndex = from - 1;
      while (verbIndex >= 0 && from - verbIndex <= 3 && !sentence.token(verbIndex).isVerb()) {
        verbIndex--;
      }
      if (verbIndex < 0 || !sentence.token(verbIndex).isVerb()) {
        return Optional.empty();
      }
    }
    int group = VerbGroups.start(sentence, verbIndex, 0);
    return Speakers.subjectBefore(sentence, group, NO_PRONOUNS).map(TokenRange::span);
  }

  /** A determiner or a noun begins the object of a verb cue: "cut the fee", "raised prices". */
  private static boolean startsObject(Token token) {
    return Tokens.isDeterminer(token) || token.pos().startsWith("NN") || token.pos().startsWith("JJ");
  }

  /** "by", "to" or "from" (and "of" after a noun cue) right before a number. */
  private static boolean isSlotPreposition(Sentence sentence, int[] mentionAt, int j, boolean noun) {
    if (j + 1 >= sentence.size() || mentionAt[j + 1] < 0 || mentionAt[j] >= 0) {
      return false;
    }
    String word = lower(sentence.token(j));
    return word.equals("by") || word.equals("to") || word.equals("from") || noun && word.equals("of");
  }

  private static Role roleOf(String preposition) {
    return switch (preposition) {
      case "to" -> Role.TO;
      case "from" -> Role.FROM;
      default -> Role.BY;
    };
  }

  /** Past the unit or counted noun after a number: "35 cents", "112.4 points". */
  private static int skipUnit(Sentence sentence, int[] mentionAt, int from) {
    if (from < sentence.size() && mentionAt[from] < 0 && Tokens.isNoun(sentence.token(from))
        && !sentence.token(from).isProperNoun()) {
      return NounPhrases.simpleEnd(sentence, from, Math.min(sentence.size(), from + 3));
    }
    return from;
  }

  /**
   * A number followed by a noun that is not its unit counts things ("3 bodies", not "3%" or "35 cents"), and
   * so does a unit of something ("dropped 150 millimetres of rain"): neither is the amount of a change.
   */
  private static boolean countsThings(Sentence sentence, int[] mentionAt, NumberMention number) {
    int after = lastToken(sentence, number) + 1;
    if (after >= sentence.size() || mentionAt[after] >= 0 || !Tokens.isNoun(sentence.token(after))) {
      return false;
    }
    int end = NounPhrases.simpleEnd(sentence, after, sentence.size());
    Token head = sentence.token(NounPhrases.head(sentence, after, Math.max(end, after + 1)));
    if (!UnitNouns.isUnit(sentence.token(after), head, number, true)) {
      return true;
    }
    return end < sentence.size() && lower(sentence.token(end)).equals("of");
  }

  private static int lastToken(Sentence sentence, NumberMention number) {
    return sentence.tokenBefore(number.end());
  }

  /** A range the scanner read as one mention, "from 9 to 10", which after a cue is a change's two ends. */
  private static boolean isFromTo(NumberMention number) {
    String text = number.text().toLowerCase(java.util.Locale.ROOT);
    return number.quantity().qualifier() == Qualifier.RANGE && text.startsWith("from ") && text.contains(" to ");
  }

  /**
   * The two ends of "from $1,980 to $1,850" as numbers of their own, with their spans: the range keeps its
   * ends in order of size, so the direction says which one came first.
   */
  private static Map<Role, NumberMention> splitFromTo(
      Document document, Sentence sentence, NumberMention range, ChangeCues.Cue what) {
    int first = sentence.tokenAtOrAfter(range.begin());
    int last = sentence.tokenBefore(range.end());
    int to = -1;
    for (int t = first + 1; t < last; t++) {
      if (lower(sentence.token(t)).equals("to")) {
        to = t;
        break;
      }
    }
    Map<Role, NumberMention> ends = new EnumMap<>(Role.class);
    if (to < first + 2 || to >= last) {
      return ends;
    }
    Quantity q = range.quantity();
    boolean up = what.direction() == QuantityChange.Direction.INCREASE;
    double fromValue = up ? q.low() : q.high();
    double toValue = up ? q.high() : q.low();
    Span fromSpan = new TokenRange(sentence, first + 1, to).span();
    Span toSpan = new TokenRange(sentence, to + 1, last + 1).span();
    ends.put(Role.FROM, end(document, fromSpan, fromValue, q));
    ends.put(Role.TO, end(document, toSpan, toValue, q));
    return ends;
  }

  private static NumberMention end(Document document, Span span, double value, Quantity range) {
    String text = document.text(span);
    Quantity exact = Quantity.exact(value).withSurface(text);
    return new NumberMention(span, text, range.unit().map(exact::withUnit).orElse(exact));
  }
}
