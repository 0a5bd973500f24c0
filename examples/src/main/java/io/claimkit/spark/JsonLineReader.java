package io.claimkit.spark;

import io.claimkit.json.DocumentJson;
import io.claimkit.text.Document;
import scala.Tuple2;

/**
 * Reads one JSON Lines input line, paired with its index in the input, through {@link DocumentJson#parse}.
 * A line without a usable id is named "line N" (1-based) in its error record.
 */
final class JsonLineReader implements DocumentReader<Tuple2<String, Long>> {

  private static final long serialVersionUID = 1L;

  @Override
  public String id(Tuple2<String, Long> line) {
    return "line " + (line._2() + 1);
  }

  @Override
  public Document read(Tuple2<String, Long> line) {
    return DocumentJson.parse(line._1(), id(line));
  }
}
