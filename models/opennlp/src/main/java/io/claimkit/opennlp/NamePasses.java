package io.claimkit.opennlp;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Sentence;
import io.claimkit.internal.SortedSpans;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The backend's names: the statistical model's first (without a title before a person's name; not in title-case
 * headlines; not where the rule finder cuts the same words finer, into a title and names), then the rule
 * finder's ({@link NameFinder}: gazetteers and context) where they overlap none of the model's, and the rule
 * finder's nationalities, titles and other names that the model does not report. Of the combinations measured
 * on GUM's Wikinews documents (model alone, rules alone, rules first, one source per type), this one scores
 * best (see docs/names.md).
 */
final class NamePasses {

  private final NameModel model;
  private final NameFinder rules;

  NamePasses(NameModel model, NameFinder rules) {
    this.model = model;
    this.rules = rules;
  }

  /** The names of a document's sentences. */
  List<EntityMention> find(String raw, List<Sentence> sentences) {
    List<EntityMention> byRules = byBegin(rules.find(raw, sentences));
    // In a title-case headline capitals say nothing: only the rule finder's gazetteers speak there.
    List<Sentence> plain = sentences.stream().filter(s -> !NameFinder.isTitleCase(s.tokens())).toList();
    List<EntityMention> byModel = new ArrayList<>();
    for (EntityMention e : model.find(raw, plain)) {
      List<EntityMention> inside = inside(byRules, e.span());
      boolean finer = inside.size() >= 2 || inside.stream().anyMatch(r -> r.type() == EntityType.TITLE);
      if (!finer) { // else "US" | "Defense Secretary" | "Lloyd Austin", as the rules cut it
        // On the same words, the rules' cue words ("Commission", "Hotel") and gazetteers tell an organization
        // from a place better than the model.
        boolean cued = inside.size() == 1 && inside.get(0).span().equals(e.span())
            && isOrganizationOrPlace(inside.get(0)) && isOrganizationOrPlace(e);
        byModel.add(cued ? inside.get(0) : withoutTitle(e));
      }
    }
    byModel = byBegin(hyphenatedAsTheRulesSay(raw, byBegin(byModel), byRules));
    int longest = byModel.stream().mapToInt(m -> m.span().length()).max().orElse(0);
    List<EntityMention> out = new ArrayList<>(byModel);
    for (EntityMention e : byRules) {
      boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION
          || e.type() == EntityType.LOCATION;
      if (!named || !intersectsAny(byModel, longest, e.span())) {
        out.add(e);
      }
    }
    return lastNamesArePersons(out);
  }

  private static List<EntityMention> byBegin(List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(EntityMention::begin));
    return sorted;
  }

  /** The mentions of a list sorted by begin that lie inside {@code outer}: a binary search, then a short walk. */
  private static List<EntityMention> inside(List<EntityMention> byBegin, Span outer) {
    List<EntityMention> out = new ArrayList<>(2);
    for (int i = SortedSpans.firstBeginningAtOrAfter(byBegin, EntityMention::span, outer.begin());
        i < byBegin.size() && byBegin.get(i).begin() < outer.end(); i++) {
      if (outer.contains(byBegin.get(i).span())) {
        out.add(byBegin.get(i));
      }
    }
    return out;
  }

  /** Whether a mention of a list sorted by begin, none longer than {@code longest}, intersects {@code span}. */
  private static boolean intersectsAny(List<EntityMention> byBegin, int longest, Span span) {
    for (int i = SortedSpans.firstBeginningAtOrAfter(byBegin, EntityMention::span, span.begin() - longest);
        i < byBegin.size() && byBegin.get(i).begin() < span.end(); i++) {
      if (byBegin.get(i).span().intersects(span)) {
        return true;
      }
    }
    return false;
  }

  /** A one-word name that is the last word of a person's longer name in the document is that person ("Austin"). */
  private static List<EntityMention> lastNamesArePersons(List<EntityMention> names) {
    Set<String> lastNames = new HashSet<>();
    for (EntityMention e : names) {
      int space = e.text().lastIndexOf(' ');
      if (e.type() == EntityType.PERSON && space > 0) {
        lastNames.add(e.text().substring(space + 1));
      }
    }
    List<EntityMention> out = new ArrayList<>(names.size());
    for (EntityMention e : names) {
      boolean lastName = e.type() == EntityType.LOCATION && lastNames.contains(e.text());
      out.add(lastName ? new EntityMention(e.span(), e.text(), EntityType.PERSON) : e);
    }
    return out;
  }

  /**
   * Where the model cuts a name at a hyphen that the rules read as one organization or place ("U.S." | "Iraq
   * Higher Military Commission" against "U.S.-Iraq Higher Military Commission"), the rules' name.
   */
  private static List<EntityMention> hyphenatedAsTheRulesSay(
      String raw, List<EntityMention> byModel, List<EntityMention> byRules) {
    List<EntityMention> out = new ArrayList<>(byModel);
    Set<EntityMention> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
    for (EntityMention r : byRules) {
      if (!isOrganizationOrPlace(r)) {
        continue;
      }
      List<EntityMention> parts = inside(byModel, r.span()); // byModel is sorted by begin
      if (parts.size() < 2 || parts.get(0).begin() != r.begin() || parts.get(parts.size() - 1).end() != r.end()) {
        continue;
      }
      boolean hyphens = true;
      for (int k = 1; k < parts.size(); k++) {
        hyphens &= raw.substring(parts.get(k - 1).end(), parts.get(k).begin()).equals("-");
      }
      if (hyphens && parts.stream().noneMatch(replaced::contains)) {
        replaced.addAll(parts);
        out.add(r);
      }
    }
    out.removeIf(replaced::contains);
    return out;
  }

  private static boolean isOrganizationOrPlace(EntityMention e) {
    return e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION;
  }

  /** A person without the titles before the name: "Senator John Cornyn" gives "John Cornyn". */
  static EntityMention withoutTitle(EntityMention e) {
    if (e.type() != EntityType.PERSON) {
      return e;
    }
    String text = e.text();
    int cut = 0;
    while (true) {
      int space = text.indexOf(' ', cut);
      if (space < 0) {
        break;
      }
      String word = text.substring(cut, space).toLowerCase(Locale.ROOT);
      if (!Lexicon.TITLES.contains(word) && !Lexicon.TITLES.contains(word + ".")) {
        break;
      }
      cut = space + 1;
    }
    if (cut == 0) {
      return e;
    }
    Span span = new Span(e.span().begin() + cut, e.span().end());
    return new EntityMention(span, text.substring(cut), e.type());
  }
}
