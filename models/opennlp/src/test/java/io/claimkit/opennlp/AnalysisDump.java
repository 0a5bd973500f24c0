package io.claimkit.opennlp;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the backend reads in text files: sentences with word/TAG/lemma, then mentions. A dev tool. */
public final class AnalysisDump {

  private AnalysisDump() {}

  public static void main(String[] args) throws Exception {
    OpenNlpBackend backend = OpenNlpBackend.shared();
    for (String arg : args) {
      Analysis analysis = backend.analyze(Document.of(arg, Files.readString(Path.of(arg))));
      for (Sentence s : analysis.sentences()) {
        StringBuilder line = new StringBuilder(s.span() + " ");
        for (Token t : s.tokens()) {
          line.append(t.text()).append('/').append(t.pos()).append('/').append(t.lemma()).append(' ');
        }
        System.out.println(line);
      }
      for (Mention m : analysis.mentions()) {
        System.out.println(m);
      }
    }
  }
}
