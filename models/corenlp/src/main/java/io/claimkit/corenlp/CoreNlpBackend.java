package io.claimkit.corenlp;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.internal.TextBlocks;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accurate default backend, on Stanford CoreNLP ({@code tokenize,ssplit,pos,lemma,ner}): PTB tags,
 * lemmas, named entities, SUTime temporals and CoreNLP's NUMBER, MONEY and PERCENT mentions.
 *
 * <p>The raw text is not given to CoreNLP whole. {@link TextBlocks} cuts it into blocks (paragraphs, and a
 * headline or byline on its own line) and bounds their length; each block is annotated as a document of its
 * own, and every offset is shifted back by the block's begin. This keeps a headline from running into the
 * first paragraph (else a headline's last word and the paragraph's first become one ORGANIZATION) and bounds the work of one call, so
 * that a megabyte without punctuation is many bounded sentences instead of one.
 *
 * <p>SUTime, about half of CoreNLP's NER time, reads only the sentences with a temporal cue ({@link
 * CoreNlpOptions#sutimeOnlyWithCues()}); elsewhere it would find nothing. CoreNLP's own NER annotator is built
 * next to the {@code tokenize,ssplit,pos,lemma} pipeline, from the same properties, so that the gate can be
 * put in front of its SUTime ({@code SuTimeGate}).
 *
 * <p>Load one per JVM: {@link #shared()} with the default options, or {@link #create} once per set of
 * options. Loading takes seconds and hundreds of megabytes; {@link #analyze} is safe to call from several
 * threads at once, as CoreNLP's {@code annotate} is on separate annotations. An interrupted thread stops
 * before the next block, with an {@code analysis_failed} error.
 */
public final class CoreNlpBackend implements Backend {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpBackend.class);
  private static final String GAZETTEERS = "io/claimkit/corenlp/gazetteers/";
  /** Guava's memoizing supplier loads once, thread-safely, and tries again after a failed load. */
  private static final Supplier<CoreNlpBackend> SHARED =
      Suppliers.memoize(() -> create(CoreNlpOptions.defaults()));

  private final CoreNlpOptions options;
  /** tokenize, ssplit, pos, lemma. */
  private final StanfordCoreNLP pipeline;
  /** CoreNLP's own NER annotator, built from the same properties; held here so that SUTime can be gated. */
  private final NERCombinerAnnotator ner;

  private CoreNlpBackend(CoreNlpOptions options, StanfordCoreNLP pipeline, NERCombinerAnnotator ner) {
    this.options = options;
    this.pipeline = pipeline;
    this.ner = ner;
  }

  /**
   * The JVM-wide backend with {@link CoreNlpOptions#defaults()}, loaded on first use. A failed load is not
   * remembered: the next call tries again.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when the models cannot be loaded
   */
  public static CoreNlpBackend shared() {
    return SHARED.get();
  }

  /**
   * Loads a backend with its own options. Each call loads the pipeline again; keep the result.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when the models cannot be loaded
   */
  public static CoreNlpBackend create(CoreNlpOptions options) {
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    StanfordCoreNLP pipeline;
    NERCombinerAnnotator ner;
    try {
      Properties properties = properties(options);
      pipeline = new StanfordCoreNLP(properties);
      // The same annotator StanfordCoreNLP builds for "ner", built here so that this backend holds it.
      ner = new NERCombinerAnnotator(properties);
    } catch (IOException e) {
      throw new ClaimKitException(
          ErrorKind.MODEL_UNAVAILABLE, null, "cannot load the CoreNLP NER models: " + e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      throw new ClaimKitException(
          ErrorKind.MODEL_UNAVAILABLE, null, "cannot load the CoreNLP pipeline: " + e.getMessage(), e);
    }
    if (options.useSUTime() && options.sutimeOnlyWithCues()) {
      SuTimeGate.install(ner);
    }
    LOG.info("CoreNLP pipeline loaded in {} ms with {}", (System.nanoTime() - start) / 1_000_000, options);
    return new CoreNlpBackend(options, pipeline, ner);
  }

  /** The gated SUTime of this backend's NER, when the gate is on and installed. */
  Optional<CueGatedTimeExtractor> sutimeGate() {
    return SuTimeGate.installed(ner);
  }

  /** The CoreNLP properties the options stand for. */
  static Properties properties(CoreNlpOptions options) {
    Properties props = new Properties();
    // NER runs apart from these four, see create().
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.language", "en");
    // Keep characters the tokenizer does not know as tokens, silently, instead of deleting them with a warning.
    props.setProperty("tokenize.options", "untokenizable=noneKeep");
    // Blocks end at paragraph and headline breaks already; a line break left inside a block is a hard wrap.
    props.setProperty("ssplit.newlineIsSentenceBreak", "never");
    props.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
    if (!options.allCrfModels()) {
      props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");
    }
    if (!options.fullGazetteers()) {
      // CoreNLP's own setting with ClaimKit's cut of its gazetteers (no cities): the same options per file.
      props.setProperty("ner.fine.regexner.mapping", "ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
          + GAZETTEERS + "claims_caseless.tab;" + GAZETTEERS + "claims_cased.tab");
    }
    props.setProperty("ner.useSUTime", Boolean.toString(options.useSUTime()));
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    return props;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  public CoreNlpOptions options() {
    return options;
  }

  /**
   * Analyzes one document. Its publication date, else the options' fallback date, anchors relative dates.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#ANALYSIS_FAILED} naming the document when CoreNLP fails
   */
  @Override
  public Analysis analyze(Document document) {
    Objects.requireNonNull(document, "document");
    String raw = document.text();
    Optional<String> documentDate =
        document.published().or(options::documentDate).map(LocalDate::toString);
    AnnotationReader reader = new AnnotationReader(raw);
    for (Span block : TextBlocks.split(raw, options.maxChunkChars())) {
      // CoreNLP does not stop for an interrupt; a batch that gave up on this document stops it here.
      if (Thread.currentThread().isInterrupted()) {
        throw new ClaimKitException(
            ErrorKind.ANALYSIS_FAILED, document.id(), "interrupted before the text at " + block);
      }
      Annotation annotation = new Annotation(block.text(raw));
      documentDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, date));
      try {
        pipeline.annotate(annotation);
        ner.annotate(annotation);
        reader.read(annotation, block.begin());
      } catch (RuntimeException | StackOverflowError e) {
        throw new ClaimKitException(
            ErrorKind.ANALYSIS_FAILED,
            document.id(),
            "CoreNLP failed on the text at " + block + ": " + e,
            e);
      }
    }
    return new Analysis(document, reader.sentences(), reader.mentions());
  }
}
