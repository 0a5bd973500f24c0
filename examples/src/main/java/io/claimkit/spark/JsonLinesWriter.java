package io.claimkit.spark;

import java.util.List;

/** One JSON Lines record per document, exactly as {@code claimkit extract} writes it. */
final class JsonLinesWriter implements RecordWriter<String> {

  private static final long serialVersionUID = 1L;

  @Override
  public List<String> records(Outcome outcome) {
    return List.of(outcome.line());
  }
}
