package io.claimkit.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime, asked only about sentences with a {@link TemporalCues temporal cue}: to any other sentence it
 * answers "no time expression" without running its rules, which is what SUTime itself answers there. SUTime
 * is about half of the CoreNLP backend's time, and most news sentences hold no cue.
 */
final class CueGatedTimeExtractor implements TimeExpressionExtractor {

  private final TimeExpressionExtractor sutime;

  CueGatedTimeExtractor(TimeExpressionExtractor sutime) {
    this.sutime = sutime;
  }

  /** The extractor this one asks when a sentence has a cue. */
  TimeExpressionExtractor sutime() {
    return sutime;
  }

  static boolean mayHoldTime(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return tokens != null && TemporalCues.anyCue(tokens.stream().map(CoreLabel::word).toList());
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
    return mayHoldTime(sentence) ? sutime.extractTimeExpressionCoreMaps(sentence, document) : new ArrayList<>();
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
    return mayHoldTime(sentence) ? sutime.extractTimeExpressionCoreMaps(sentence, docDate) : new ArrayList<>();
  }

  @Override
  public void init(String name, Properties props) {
    sutime.init(name, props);
  }

  @Override
  public void init(Options options) {
    sutime.init(options);
  }

  @Override
  public void finalize(CoreMap document) {
    sutime.finalize(document);
  }
}
