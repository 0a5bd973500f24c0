package io.claimkit.opennlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates the Universal Dependencies tags of OpenNLP's English model (UPOS: NOUN, VERB, PROPN...) into the
 * Penn Treebank tags core's rules read (NNS, VBD, VBN, MD, POS, TO, ``...), from each word's form, its lemma
 * and its neighbours. OpenNLP's own {@code POSTagFormatMapper} maps tag to tag (every VERB becomes VB), which
 * loses tense, number and person; this class recovers them:
 *
 * <ul>
 *   <li>verbs: "-ing" is VBG; the lemma plus "s" is VBZ; a form equal to its lemma is VB after a modal, "to",
 *       "do" or at the start of a sentence, else VBP; any other form is past: VBN when irregular morphology
 *       says so ("gone", "taken"), after a form of be, have or get, before "by", after a determiner, adjective
 *       or preposition and before a noun ("the deployed troops"), between a noun and a preposition when a finite
 *       verb follows ("candidates elected in May were"), or coordinated with a VBN; else VBD;
 *   <li>auxiliaries by their form (is VBZ, were VBD, been VBN, 've VBP), modals MD;
 *   <li>nouns: plural by suffix and a list of irregular plurals, NNS and NNPS;
 *   <li>closed classes by word: "to" TO, possessive 's POS, who WP, which WDT, there EX, his PRP$...;
 *   <li>punctuation: straight double quotes alternate `` and '' within a sentence, curly ones by shape.
 * </ul>
 *
 * <p>Stateless and thread-safe. The verb lemmas must be given; other lemmas are not read.
 */
final class UposToPenn {

  private static final Set<String> MODALS = Lexicon.words("modals.txt");
  private static final Set<String> SINGULAR_S = Lexicon.words("singular-s-nouns.txt");
  private static final Map<String, String> IRREGULAR_PLURALS = pairs("irregular-plurals.txt");
  private static final Map<String, String> COMPARATIVES = pairs("comparatives.txt");
  private static final Set<String> PAST_ONLY;
  private static final Set<String> PARTICIPLE_ONLY;

  static {
    Set<String> past = new java.util.HashSet<>();
    Set<String> participle = new java.util.HashSet<>();
    for (String line : Lexicon.lines("irregular-verbs.txt")) {
      String[] forms = line.toLowerCase(Locale.ROOT).split("\\s+");
      if (!forms[1].equals(forms[2])) {
        past.add(forms[1]);
        participle.add(forms[2]);
      }
    }
    // A form that is the past of one verb and the participle of another ("become", "come", "run" are
    // also lemmas) is not decided by form alone.
    past.removeAll(participle);
    PAST_ONLY = Set.copyOf(past);
    PARTICIPLE_ONLY = Set.copyOf(participle);
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("my", "your", "his", "its", "our", "their");
  private static final Set<String> DETERMINER_PRONOUNS =
      Set.of("this", "that", "these", "those", "all", "both", "each", "either", "neither", "some", "any",
          "none", "another", "such", "half");
  private static final Set<String> QUANTITY_PRONOUNS = Set.of("many", "few", "much", "several");
  private static final Set<String> NOUN_PRONOUNS =
      Set.of("someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody",
          "everything", "no one", "nobody", "nothing");
  private static final Set<String> WH_ADVERBS =
      Set.of("when", "where", "why", "how", "whenever", "wherever", "however");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
  private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’", "s");
  private static final Set<String> OPENING_QUOTES = Set.of("“", "‘", "«", "„", "``", "`");
  private static final Set<String> CLOSING_QUOTES = Set.of("”", "’", "»", "''");
  private static final Set<String> DASHES = Set.of("-", "--", "–", "—", "―", ";", ":", "...", "…");

  private UposToPenn() {}

  /**
   * The Penn tags of one sentence.
   *
   * @param words the tokens as written
   * @param upos  their UD tags, one per token (no "+" compounds: split multiword tokens first)
   * @param verbLemmas their lemmas; read only where the tag is VERB or AUX
   */
  static String[] tags(List<String> words, List<String> upos, List<String> verbLemmas) {
    int n = words.size();
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = words.get(i).toLowerCase(Locale.ROOT);
    }
    String[] out = new String[n];
    boolean quoteOpen = false;
    for (int i = 0; i < n; i++) {
      String w = lower[i];
      String u = upos.get(i);
      String tag;
      switch (u) {
        case "VERB":
        case "AUX":
          tag = verb(lower, upos, verbLemmas, out, i);
          break;
        case "NOUN":
          tag = isPlural(w) ? "NNS" : "NN";
          break;
        case "PROPN":
          tag = isProperPlural(words.get(i)) ? "NNPS" : "NNP";
          break;
        case "NUM":
          tag = "CD";
          break;
        case "ADJ":
          tag = adjective(w);
          break;
        case "ADV":
          tag = adverb(w);
          break;
        case "ADP":
          tag = w.equals("to") ? "TO" : "IN";
          break;
        case "PART":
          tag = particle(w);
          break;
        case "DET":
          tag = determiner(lower, upos, i);
          break;
        case "PRON":
          tag = pronoun(lower, upos, i);
          break;
        case "CCONJ":
          tag = "CC";
          break;
        case "SCONJ":
          tag = WH_ADVERBS.contains(w) ? "WRB" : "IN";
          break;
        case "INTJ":
          tag = "UH";
          break;
        case "NUM_SYM":
        case "SYM":
          tag = symbol(w);
          break;
        case "PUNCT":
          if (w.equals("\"")) {
            tag = quoteOpen ? "''" : "``";
            quoteOpen = !quoteOpen;
          } else {
            tag = punctuation(w, words, i);
          }
          break;
        case "X":
          tag = "FW";
          break;
        default:
          tag = "NN";
      }
      out[i] = tag;
    }
    coordinateParticiples(upos, out);
    return out;
  }

  private static String verb(String[] lower, List<String> upos, List<String> lemmas, String[] done, int i) {
    String w = lower[i];
    String lemma = lemmas.get(i) == null ? w : lemmas.get(i).toLowerCase(Locale.ROOT);
    if (MODALS.contains(w) || (upos.get(i).equals("AUX") && MODALS.contains(lemma))) {
      return "MD";
    }
    String fixed = auxiliaryForm(w);
    if (fixed != null && upos.get(i).equals("AUX") || fixed != null && isBeOrHave(lemma)) {
      if (fixed.equals("VBP") && baseContext(lower, upos, done, i)) {
        return "VB";
      }
      if (fixed.equals("VBD") && (w.equals("had") || w.equals("'d") || w.equals("’d"))
          && afterAuxiliary(lower, upos, lemmas, i, Set.of("have"))) {
        return "VBN";
      }
      return fixed;
    }
    if (w.endsWith("ing") && (w.length() > 4 && !lemma.equals(w) || w.length() > 6)) {
      return "VBG";
    }
    if (isThirdPerson(w, lemma)) {
      return "VBZ";
    }
    boolean pastLike = !lemma.equals(w) || (w.endsWith("ed") && w.length() > 4);
    if (!pastLike) {
      if (baseContext(lower, upos, done, i)) {
        return "VB";
      }
      // "had become", "would be put": a form shared by base and participle, after be or have.
      return afterAuxiliary(lower, upos, lemmas, i, Set.of("be", "have", "get")) ? "VBN" : "VBP";
    }
    if (PARTICIPLE_ONLY.contains(w)) {
      return "VBN";
    }
    if (PAST_ONLY.contains(w)) {
      return "VBD";
    }
    if (afterAuxiliary(lower, upos, lemmas, i, Set.of("be", "have", "get"))
        || reducedRelative(lower, upos, i)
        || (i + 1 < lower.length && lower[i + 1].equals("by"))
        || (i > 0 && Set.of("DET", "ADJ", "ADP").contains(upos.get(i - 1))
            && i + 1 < lower.length && Set.of("NOUN", "PROPN").contains(upos.get(i + 1)))) {
      return "VBN";
    }
    return "VBD";
  }

  /** The tag an auxiliary's form decides, or null. "VBP" stands for "VB or VBP". */
  private static String auxiliaryForm(String w) {
    switch (w) {
      case "is":
      case "'s":
      case "’s":
      case "has":
      case "does":
        return "VBZ";
      case "am":
      case "'m":
      case "’m":
      case "are":
      case "'re":
      case "’re":
      case "have":
      case "'ve":
      case "’ve":
      case "do":
        return "VBP";
      case "be":
        return "VB";
      case "was":
      case "were":
      case "had":
      case "did":
      case "'d":
      case "’d":
        return "VBD";
      case "been":
        return "VBN";
      case "being":
      case "having":
        return "VBG";
      default:
        return null;
    }
  }

  private static boolean isBeOrHave(String lemma) {
    return lemma.equals("be") || lemma.equals("have") || lemma.equals("do");
  }

  /** Whether a base form stands where English wants the infinitive: after a modal, "to", do, or first. */
  private static boolean baseContext(String[] lower, List<String> upos, String[] done, int i) {
    int j = i - 1;
    while (j >= 0 && (upos.get(j).equals("ADV") || NEGATIONS.contains(lower[j]))) {
      j--;
    }
    if (j < 0 || upos.get(j).equals("PUNCT") && j == 0) {
      return true;
    }
    String before = done[j];
    return before.equals("MD") || before.equals("TO") || lower[j].equals("to")
        || Set.of("do", "does", "did", "let", "help", "make").contains(lower[j]);
  }

  /** Whether a form of one of the given verbs stands before i, with only adverbs and negation between. */
  private static boolean afterAuxiliary(
      String[] lower, List<String> upos, List<String> lemmas, int i, Set<String> verbs) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      String u = upos.get(j);
      if (u.equals("AUX") || u.equals("VERB")) {
        String lemma = lemmas.get(j) == null ? lower[j] : lemmas.get(j).toLowerCase(Locale.ROOT);
        return verbs.contains(lemma) || (lower[j].equals("'s") || lower[j].equals("’s"))
            && verbs.contains("be");
      }
      if (!u.equals("ADV") && !NEGATIONS.contains(lower[j]) && !u.equals("PART")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the candidates elected in this election were...": a past form right after a noun and before a
   * preposition, with a finite verb still to come in the same clause, modifies the noun.
   */
  private static boolean reducedRelative(String[] lower, List<String> upos, int i) {
    if (i == 0 || i + 2 >= lower.length || !upos.get(i + 1).equals("ADP")
        || !(upos.get(i - 1).equals("NOUN") || upos.get(i - 1).equals("PROPN"))) {
      return false;
    }
    for (int j = i + 2; j < lower.length; j++) {
      String u = upos.get(j);
      if (u.equals("PUNCT") || u.equals("SCONJ") || u.equals("CCONJ") || Set.of("that", "which", "who")
          .contains(lower[j])) {
        return false; // the finite verb must belong to the same clause: "Austin signaled on Thursday, saying"
      }
      if ((u.equals("AUX") || u.equals("VERB")) && !lower[j].endsWith("ing") && !lower[j - 1].equals("to")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isThirdPerson(String w, String lemma) {
    if (!w.endsWith("s") || lemma.equals(w)) {
      return false;
    }
    return w.equals(lemma + "s")
        || w.equals(lemma + "es")
        || (lemma.endsWith("y") && w.equals(lemma.substring(0, lemma.length() - 1) + "ies"));
  }

  /** "Gone and built by": a past form coordinated with a passive participle is one too. */
  private static void coordinateParticiples(List<String> upos, String[] tags) {
    for (int i = tags.length - 3; i >= 0; i--) {
      if (tags[i].equals("VBD") && upos.get(i + 1).equals("CCONJ") && tags[i + 2].equals("VBN")) {
        tags[i] = "VBN";
      }
    }
  }

  static boolean isPlural(String lower) {
    if (IRREGULAR_PLURALS.containsKey(lower)) {
      return !IRREGULAR_PLURALS.get(lower).equals(lower) || lower.equals("police");
    }
    if (lower.length() <= 3 || !lower.endsWith("s") || SINGULAR_S.contains(lower)) {
      return false;
    }
    return !(lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("ics")
        || lower.endsWith("'s") || lower.endsWith("’s"));
  }

  /** The singular of a plural common noun, lowercased: "troops" troop, "cities" city, "people" person. */
  static String singular(String lower) {
    String irregular = IRREGULAR_PLURALS.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (lower.endsWith("ies") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    for (String ending : List.of("sses", "xes", "ches", "shes", "zzes")) {
      if (lower.endsWith(ending)) {
        return lower.substring(0, lower.length() - 2);
      }
    }
    return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** "Americans", "Democrats", "Iraqis": a capitalized plural of a people or a member word. */
  private static boolean isProperPlural(String word) {
    int n = word.length();
    if (n < 5 || word.charAt(n - 1) != 's' || !Character.isLowerCase(word.charAt(n - 2))) {
      return false;
    }
    String stem = word.substring(0, n - 1).toLowerCase(Locale.ROOT);
    return stem.endsWith("an") || stem.endsWith("crat") || stem.endsWith("ist") || stem.endsWith("qi")
        || stem.endsWith("er") && !stem.endsWith("ter");
  }

  private static String adjective(String w) {
    String listed = COMPARATIVES.get(w);
    if (listed != null) {
      return listed;
    }
    if (w.length() >= 6 && w.endsWith("iest")) {
      return "JJS";
    }
    if (w.length() >= 6 && w.endsWith("ier")) {
      return "JJR";
    }
    return "JJ";
  }

  private static String adverb(String w) {
    if (WH_ADVERBS.contains(w)) {
      return "WRB";
    }
    if (w.equals("more") || w.equals("less")) {
      return "RBR";
    }
    if (w.equals("most") || w.equals("least")) {
      return "RBS";
    }
    return "RB";
  }

  private static String particle(String w) {
    if (w.equals("to")) {
      return "TO";
    }
    if (POSSESSIVE_MARKS.contains(w)) {
      return "POS";
    }
    if (NEGATIONS.contains(w)) {
      return "RB";
    }
    return "RP";
  }

  private static String determiner(String[] lower, List<String> upos, int i) {
    String w = lower[i];
    if (Set.of("which", "whichever", "what", "whatever").contains(w)) {
      return "WDT";
    }
    if (Set.of("all", "both", "half", "such").contains(w) && i + 1 < lower.length
        && (upos.get(i + 1).equals("DET") || upos.get(i + 1).equals("PRON"))) {
      return "PDT";
    }
    if (POSSESSIVE_PRONOUNS.contains(w) || w.equals("her")) {
      return "PRP$";
    }
    if (w.equals("that") && afterVerb(upos, i)) {
      return "IN";
    }
    return "DT";
  }

  /** "stressed that about 2,500...": after a verb, "that" opens a clause. */
  private static boolean afterVerb(List<String> upos, int i) {
    return i > 0 && upos.get(i - 1).equals("VERB");
  }

  private static String pronoun(String[] lower, List<String> upos, int i) {
    String w = lower[i];
    if (POSSESSIVE_PRONOUNS.contains(w)) {
      return "PRP$";
    }
    if (w.equals("her")) {
      boolean beforeNoun = i + 1 < lower.length
          && Set.of("NOUN", "ADJ", "PROPN", "NUM").contains(upos.get(i + 1));
      return beforeNoun ? "PRP$" : "PRP";
    }
    switch (w) {
      case "who":
      case "whom":
      case "what":
      case "whatever":
      case "whoever":
        return "WP";
      case "whose":
        return "WP$";
      case "which":
        return "WDT";
      case "there":
        return "EX";
      default:
        break;
    }
    if (w.equals("that") && i > 0 && Set.of("NOUN", "PROPN", "PRON").contains(upos.get(i - 1))) {
      return "WDT";
    }
    if (w.equals("that") && afterVerb(upos, i)) {
      return "IN";
    }
    if (DETERMINER_PRONOUNS.contains(w)) {
      return "DT";
    }
    if (QUANTITY_PRONOUNS.contains(w)) {
      return "JJ";
    }
    if (NOUN_PRONOUNS.contains(w)) {
      return "NN";
    }
    return "PRP";
  }

  private static String symbol(String w) {
    switch (w) {
      case "$":
      case "€":
      case "£":
      case "¥":
        return "$";
      case "%":
        return "NN";
      case "#":
        return "#";
      case "&":
        return "CC";
      default:
        return "SYM";
    }
  }

  private static String punctuation(String w, List<String> words, int i) {
    if (w.equals(",")) {
      return ",";
    }
    if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("?!")) {
      return ".";
    }
    if (OPENING_QUOTES.contains(w)) {
      return "``";
    }
    if (CLOSING_QUOTES.contains(w)) {
      return "''";
    }
    if (w.equals("'")) {
      return i == 0 || i + 1 < words.size() && Character.isLetterOrDigit(words.get(i + 1).charAt(0))
          ? "``" : "''";
    }
    if (w.equals("(") || w.equals("[") || w.equals("{")) {
      return "-LRB-";
    }
    if (w.equals(")") || w.equals("]") || w.equals("}")) {
      return "-RRB-";
    }
    if (w.equals("-") || w.equals("‐")) {
      return "HYPH";
    }
    if (DASHES.contains(w)) {
      return ":";
    }
    if (w.equals("$")) {
      return "$";
    }
    return "SYM";
  }

  private static Map<String, String> pairs(String resource) {
    Map<String, String> map = new HashMap<>();
    for (String line : Lexicon.lines(resource)) {
      String[] parts = line.split("\\s+");
      map.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
    }
    return Map.copyOf(map);
  }
}
