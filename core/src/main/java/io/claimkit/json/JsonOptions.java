package io.claimkit.json;

/**
 * How {@link ExtractionJson} writes a record. The default is the JSON Lines record: one line, without the
 * analysis.
 *
 * @param annotations also write the document's sentences, each with its span and its tokens (span, text, part
 *     of speech, lemma), after its claims: for tools that build on the analysis, as CoreNLP's JSON output has
 * @param pretty indent the record over several lines, for a person to read; such a record is no JSON Lines
 *     line
 */
public record JsonOptions(boolean annotations, boolean pretty) {

  /** The JSON Lines record: one line, no annotations. */
  public static final JsonOptions DEFAULT = new JsonOptions(false, false);

  /** These options with the sentences and tokens written, or not. */
  public JsonOptions withAnnotations(boolean value) {
    return new JsonOptions(value, pretty);
  }

  /** These options with the record indented, or not. */
  public JsonOptions withPretty(boolean value) {
    return new JsonOptions(annotations, value);
  }
}
