package io.claimkit.opennlp;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's gazetteer features: for each token, the word lists of this module that hold it or a
 * phrase of up to four tokens around it (places, nationalities, organizations, organization and place cue
 * words, titles, given names). Named in the model's feature descriptor as {@code <generator
 * class="io.claimkit.opennlp.LexiconFeatures"/>}, so the trained model and the backend compute the same
 * features from the lists in this jar. Not thread-safe: each name finder has its own instance.
 */
public final class LexiconFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Creates the factory; the model loader calls it by name. */
  public LexiconFeatures() {
    super();
  }

  @Override
  public AdaptiveFeatureGenerator create() {
    return new Generator();
  }

  private static final int LONGEST = 4;

  /** The features of each token of the sentence last seen, computed once per sentence. */
  private static final class Generator implements AdaptiveFeatureGenerator {
    private String[] sentence;
    private String[][] features;

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentence = tokens;
        features = compute(tokens);
      }
      for (String f : features[index]) {
        out.add(f);
      }
    }
  }

  /** For every token, "lx=" features of the phrases over it, with "b" for the phrase's first token. */
  static String[][] compute(String[] tokens) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    java.util.ArrayList<String>[] found = new java.util.ArrayList[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      found[i] = new java.util.ArrayList<>(2);
    }
    StringBuilder phrase = new StringBuilder();
    for (int b = 0; b < tokens.length; b++) {
      if (tokens[b].isEmpty()) {
        continue;
      }
      boolean upper = Character.isUpperCase(tokens[b].charAt(0));
      phrase.setLength(0);
      for (int e = b; e < Math.min(tokens.length, b + LONGEST); e++) {
        if (e > b) {
          phrase.append(' ');
        }
        phrase.append(tokens[e]);
        String text = phrase.toString();
        String kind = upper ? gazetteer(text) : null;
        if (kind == null && Lexicon.TITLES.contains(text.toLowerCase(Locale.ROOT))) {
          kind = "title";
        }
        if (kind != null) {
          for (int k = b; k <= e; k++) {
            found[k].add("lx=" + kind + (k == b ? "b" : "i"));
          }
        }
      }
      if (upper && Lexicon.FIRST_NAMES.contains(tokens[b])) {
        found[b].add("lx=given");
      }
    }
    String[][] out = new String[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = found[i].toArray(String[]::new);
    }
    return out;
  }


  private static String gazetteer(String text) {
    if (Lexicon.LOCATIONS.contains(text)) {
      return "loc";
    }
    if (Lexicon.NATIONALITIES.contains(text)) {
      return "nat";
    }
    if (Lexicon.ORGANIZATIONS.contains(text)) {
      return "org";
    }
    if (Lexicon.ORGANIZATION_CUES.contains(text)) {
      return "orgcue";
    }
    if (Lexicon.LOCATION_CUES.contains(text)) {
      return "loccue";
    }
    return null;
  }
}
