package io.claimkit.opennlp;

import io.claimkit.analysis.EntityType;
import io.claimkit.eval.EntityGold;
import io.claimkit.text.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the OpenNLP backend's name model ({@value NameModel#RESOURCE}) from the annotated data in {@code
 * src/train}: GUM's 84 non-news documents ({@code gum-other-conllu}, names read by core's {@link EntityGold}
 * with ClaimKit's span conventions) and Universal NER's English EWT files ({@code uner-english-ewt}, IOB2).
 * GUM's Wikinews documents are never read: they are the held-out evaluation set. Files are read in name order
 * and training is single-threaded with fixed iterations and cutoff, so the same data gives the same model.
 * Not a test: a program (see the module README for the command).
 *
 * <p>Arguments: the data folder, the output model file, and optionally the algorithm (MAXENT or PERCEPTRON),
 * iterations and cutoff (defaults: PERCEPTRON, 300, 1; the perceptron stops earlier when its training accuracy no
 * longer changes).
 */
public final class NameModelTrainer {

  static final Map<EntityType, String> TYPES = Map.of(
      EntityType.PERSON, "person", EntityType.ORGANIZATION, "organization", EntityType.LOCATION, "location");
  private static final Map<String, String> UNER_TYPES =
      Map.of("PER", "person", "ORG", "organization", "LOC", "location");

  private NameModelTrainer() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "src/train");
    Path model = Path.of(args.length > 1 ? args[1] : "src/main/resources" + NameModel.RESOURCE);
    String algorithm = args.length > 2 ? args[2] : "PERCEPTRON";
    int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    int cutoff = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    long start = System.nanoTime();
    List<NameSample> samples = new ArrayList<>();
    for (EntityGold document : EntityGold.readFolder(data.resolve("gum-other-conllu"))) {
      samples.addAll(gumSamples(document));
    }
    int gum = samples.size();
    try (Stream<Path> files = Files.list(data.resolve("uner-english-ewt"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".iob2")).sorted().toList()) {
        samples.addAll(iobSamples(Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    }
    System.out.printf("%d sentences (%d GUM, %d UNER EWT)%n", samples.size(), gum, samples.size() - gum);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    // Greedy decoding: half the time of OpenNLP's default beam of 3, for 0.004 to 0.007 F1 per type on GUM Wikinews.
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, 1);
    NameModel.allowLexiconFeatures();
    byte[] features = Files.readAllBytes(data.resolve("name-features.xml"));
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
    TokenNameFinderModel trained =
        NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    Files.createDirectories(model.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(model)) {
      trained.serialize(out);
    }
    System.out.printf("%s: %d bytes, %s %d iterations cutoff %d, %.1f s%n", model, Files.size(model), algorithm,
        iterations, cutoff, (System.nanoTime() - start) / 1e9);
  }

  /** The sentences of a GUM document with its names as token ranges; a name nested in another is left out. */
  static List<NameSample> gumSamples(EntityGold document) {
    List<NameSample> out = new ArrayList<>();
    String text = document.text();
    int cursor = 0;
    List<EntityGold.Name> names = document.names();
    boolean clear = true;
    for (List<Span> sentence : document.sentences()) {
      String[] tokens = sentence.stream().map(s -> text.substring(s.begin(), s.end())).toArray(String[]::new);
      List<opennlp.tools.util.Span> spans = new ArrayList<>();
      int lastEnd = -1;
      for (EntityGold.Name name : names) {
        int b = indexBeginning(sentence, name.span().begin());
        int e = indexEnding(sentence, name.span().end());
        if (b < 0 || e < 0 || b < lastEnd) {
          continue; // outside this sentence, not on token edges, or nested in the name before
        }
        spans.add(new opennlp.tools.util.Span(b, e + 1, TYPES.get(name.type())));
        lastEnd = e + 1;
      }
      out.add(new NameSample(tokens, spans.toArray(opennlp.tools.util.Span[]::new), clear));
      clear = false;
    }
    return out;
  }

  private static int indexBeginning(List<Span> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() == offset) {
        return i;
      }
    }
    return -1;
  }

  private static int indexEnding(List<Span> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i;
      }
    }
    return -1;
  }

  /** The sentences of an IOB2 file (index, token, tag per line; "# newdoc" clears the adaptive data). */
  static List<NameSample> iobSamples(List<String> lines) {
    List<NameSample> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean clear = true;
    for (String line : lines) {
      if (line.startsWith("# newdoc")) {
        clear = true;
      } else if (line.isBlank()) {
        if (!tokens.isEmpty()) {
          out.add(iobSample(tokens, tags, clear));
          clear = false;
          tokens.clear();
          tags.clear();
        }
      } else if (!line.startsWith("#")) {
        String[] cols = line.split("\t");
        tokens.add(cols[1]);
        tags.add(cols[2]);
      }
    }
    if (!tokens.isEmpty()) {
      out.add(iobSample(tokens, tags, clear));
    }
    return out;
  }

  private static NameSample iobSample(List<String> tokens, List<String> tags, boolean clear) {
    List<opennlp.tools.util.Span> spans = new ArrayList<>();
    int begin = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-") && type != null && UNER_TYPES.get(tag.substring(2)) == type;
      if (!inside && type != null) {
        spans.add(new opennlp.tools.util.Span(begin, i, type));
        type = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-") && !inside) {
        type = UNER_TYPES.get(tag.substring(2));
        begin = i;
      }
    }
    return new NameSample(tokens.toArray(String[]::new), spans.toArray(opennlp.tools.util.Span[]::new), clear);
  }
}
