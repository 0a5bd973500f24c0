package io.claimkit.opennlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * The tagger of a {@link POSModel}, decoded greedily: each token takes the most probable tag its tag
 * dictionary allows, given the tags before it. {@code POSTaggerME} does the same with a beam of one, but its
 * beam search sorts every token's scores and builds a sequence object per step, a fifth of the tagging time;
 * with a beam of three (the model's setting) it evaluated three times as many contexts. On the seeds and the
 * bundled Wikinews articles the tags are those of the beam of three ({@code EnglishModelsTest}). One per
 * thread: the context generator keeps state.
 */
final class GreedyTagger {

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  GreedyTagger(POSModel pos) {
    POSTaggerFactory factory = pos.getFactory();
    this.model = pos.getArtifact("pos.model");
    if (model == null) {
      throw new IllegalArgumentException("the POS model holds no maxent model (pos.model)");
    }
    this.contexts = factory.getPOSContextGenerator();
    this.validator = factory.getSequenceValidator();
  }

  /** The model's own tags of the words (UD tags for the English UD models). */
  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String[] before = Arrays.copyOf(tags, i);
      double[] scores = model.eval(contexts.getContext(i, words, before, null));
      tags[i] = best(scores, i, words, before);
    }
    return tags;
  }

  /** The most probable outcome the validator allows; the most probable of all when it allows none. */
  private String best(double[] scores, int i, String[] words, String[] before) {
    int top = argmax(scores);
    String outcome = model.getOutcome(top);
    if (validator.validSequence(i, words, before, outcome)) {
      return outcome;
    }
    double[] left = scores.clone();
    for (int tried = 1; tried < left.length; tried++) {
      left[top] = Double.NEGATIVE_INFINITY;
      top = argmax(left);
      outcome = model.getOutcome(top);
      if (validator.validSequence(i, words, before, outcome)) {
        return outcome;
      }
    }
    return model.getOutcome(argmax(scores));
  }

  private static int argmax(double[] scores) {
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
  }
}
