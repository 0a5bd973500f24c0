package io.claimkit.corenlp;

import io.claimkit.ClaimPipeline;

/** The one pipeline on the full CoreNLP models that every test of this JVM shares. */
final class SharedPipeline {

  private static final ClaimPipeline PIPELINE =
      ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();

  private SharedPipeline() {}

  static ClaimPipeline get() {
    return PIPELINE;
  }
}
