package io.claimkit.langdetect;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import io.claimkit.text.LanguageGate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LanguageGate} on OpenNLP's language detector: rejects documents that are confidently not English,
 * before any English model wastes time on them. Give it to the pipeline,
 * {@code ClaimPipeline.builder().languageGate(OpenNlpLanguageGate.shared())}; it works with any backend.
 *
 * <p>It reads OpenNLP's language-detection model ({@code opennlp-models-langdetect}, 103 languages, ISO
 * 639-3 codes). A text whose first {@value #SAMPLE_CHARS} characters the detector reads as English passes at
 * once; any other is judged on its first {@value #FULL_SAMPLE_CHARS} characters. The detector's cost grows with
 * the sample (on 1,000 characters it was a fifth of the OpenNLP backend's time), and nearly every document of
 * an English feed passes on the first look. It errs towards letting text
 * through: a text with fewer than {@value #MIN_LETTERS} letters (a headline, a table of numbers, an empty
 * string) always passes, and a text is rejected only when English is not the best guess and the best guess
 * is at least {@value #MIN_RATIO} times as probable as English. The probability of the best guess alone is
 * a poor measure: 103 languages share the mass, so related languages (Russian and Ukrainian, the varieties
 * of Chinese) split it, and a plain English paragraph may get only 0.56. Measured on one paragraph each,
 * the ratio was 15 for Chinese, 41 for Spanish and over 100 for German, French, Arabic and Russian; on
 * every English text tried (24 Wikinews articles, the seeds, headlines) English was the best guess.
 *
 * <p>Thread-safe: the model is shared, each thread has its own detector.
 */
public final class OpenNlpLanguageGate implements LanguageGate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenNlpLanguageGate.class);
  static final String MODEL = "/langdetect-183.bin";
  static final String ENGLISH = "eng";
  static final int SAMPLE_CHARS = 300;
  static final int FULL_SAMPLE_CHARS = 1_000;
  static final int MIN_LETTERS = 60;
  static final double MIN_RATIO = 10.0;

  /** Guava's memoizing supplier loads once, thread-safely, and tries again after a failed load. */
  private static final Supplier<OpenNlpLanguageGate> SHARED = Suppliers.memoize(OpenNlpLanguageGate::load);

  private final ThreadLocal<LanguageDetectorME> detectors;

  private OpenNlpLanguageGate(LanguageDetectorModel model) {
    this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /**
   * The JVM-wide gate, loaded on first use (about 10 MB of model).
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when the model cannot be loaded
   */
  public static OpenNlpLanguageGate shared() {
    return SHARED.get();
  }

  private static OpenNlpLanguageGate load() {
    long start = System.nanoTime();
    try (InputStream in = open(MODEL)) {
      OpenNlpLanguageGate gate = new OpenNlpLanguageGate(new LanguageDetectorModel(in));
      LOG.info("OpenNLP language model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return gate;
    } catch (IOException | RuntimeException e) {
      throw new ClaimKitException(
          ErrorKind.MODEL_UNAVAILABLE, null, "cannot load the OpenNLP language model: " + e, e);
    }
  }

  /**
   * Passes English text and text too short or too unsure to judge.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#UNSUPPORTED_LANGUAGE} naming the document and the
   *     detected language when the text is confidently not English
   */
  @Override
  public void check(Document document) {
    Objects.requireNonNull(document, "document");
    Verdict verdict = judge(document.text());
    if (verdict.rejected()) {
      throw new ClaimKitException(
          ErrorKind.UNSUPPORTED_LANGUAGE,
          document.id(),
          String.format(Locale.ROOT, "detected %s (confidence %.2f)", verdict.language(), verdict.confidence()));
    }
  }

  /** What the gate thinks of a text, without throwing. */
  public Verdict judge(String text) {
    Verdict first = judge(text, SAMPLE_CHARS);
    return first.language().equals(ENGLISH) || text.length() <= SAMPLE_CHARS
        ? first
        : judge(text, FULL_SAMPLE_CHARS);
  }

  private Verdict judge(String text, int sampleChars) {
    String sample = text.length() > sampleChars ? text.substring(0, sampleChars) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return new Verdict("und", 0.0, 0.0, false);
    }
    Language[] guesses = detectors.get().predictLanguages(sample);
    Language best = guesses[0];
    double english = 0.0;
    for (Language guess : guesses) {
      if (guess.getLang().equals(ENGLISH)) {
        english = guess.getConfidence();
      }
    }
    boolean rejected = !best.getLang().equals(ENGLISH) && best.getConfidence() >= MIN_RATIO * english;
    return new Verdict(best.getLang(), best.getConfidence(), english, rejected);
  }

  /** The model at the root of the {@code opennlp-models-langdetect} jar, through the class loader. */
  private static InputStream open(String resource) throws IOException {
    InputStream in = OpenNlpLanguageGate.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("not on the class path: " + resource + " (opennlp-models-langdetect)");
    }
    return in;
  }

  /**
   * The best guess for a text.
   *
   * @param language   an ISO 639-3 code ("eng", "deu"), or "und" when the text was too short to judge
   * @param confidence the detector's probability for it
   * @param english    the detector's probability for English
   * @param rejected   whether {@link #check} would reject the text
   */
  public record Verdict(String language, double confidence, double english, boolean rejected) {}
}
