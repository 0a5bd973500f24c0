package io.claimkit.opennlp;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Sentence;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
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

  private static final Set<String> TITLES = Lexicon.words("titles.txt");

  private final NameModel model;
  private final NameFinder rules;

  NamePasses(NameModel model, NameFinder rules) {
    this.model = model;
    this.rules = rules;
  }

  /** The names of a document's sentences. */
  List<EntityMention> find(String raw, List<Sentence> sentences) {
    List<EntityMention> byRules = rules.find(raw, sentences);
    // In a title-case headline capitals say nothing: only the rule finder's gazetteers speak there.
    List<Sentence> plain = sentences.stream().filter(s -> !NameFinder.isTitleCase(s.tokens())).toList();
    List<EntityMention> byModel = new ArrayList<>();
    for (EntityMention e : model.find(raw, plain)) {
      List<EntityMention> inside = byRules.stream().filter(r -> e.span().contains(r.span())).toList();
      boolean finer = inside.size() >= 2 || inside.stream().anyMatch(r -> r.type() == EntityType.TITLE);
      if (!finer) { // else "US" | "Defense Secretary" | "Lloyd Austin", as the rules cut it
        // On the same words, the rules' cue words ("Commission", "Hotel") and gazetteers tell an organization
        // from a place better than the model.
        boolean cued = inside.size() == 1 && inside.get(0).span().equals(e.span())
            && isOrganizationOrPlace(inside.get(0)) && isOrganizationOrPlace(e);
        byModel.add(cued ? inside.get(0) : withoutTitle(e));
      }
    }
    byModel = hyphenatedAsTheRulesSay(raw, byModel, byRules);
    List<EntityMention> out = new ArrayList<>(byModel);
    for (EntityMention e : byRules) {
      boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION
          || e.type() == EntityType.LOCATION;
      if (!named || byModel.stream().noneMatch(m -> m.span().intersects(e.span()))) {
        out.add(e);
      }
    }
    return lastNamesArePersons(out);
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
    for (EntityMention r : byRules) {
      if (!isOrganizationOrPlace(r)) {
        continue;
      }
      List<EntityMention> parts = out.stream().filter(m -> r.span().contains(m.span())).toList();
      if (parts.size() < 2 || parts.get(0).begin() != r.begin() || parts.get(parts.size() - 1).end() != r.end()) {
        continue;
      }
      boolean hyphens = true;
      for (int k = 1; k < parts.size(); k++) {
        hyphens &= raw.substring(parts.get(k - 1).end(), parts.get(k).begin()).equals("-");
      }
      if (hyphens) {
        out.removeAll(parts);
        out.add(r);
      }
    }
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
      if (!TITLES.contains(word) && !TITLES.contains(word + ".")) {
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
