package io.claimkit.opennlp;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.eval.EvaluationReport;
import io.claimkit.eval.Evaluator;
import io.claimkit.testing.Seeds;
import java.util.List;

/** Prints the evaluation of the seeds through a pipeline on the OpenNLP backend. Not a test: a program. */
public final class SeedEvaluation {

  private SeedEvaluation() {}

  public static void main(String[] args) {
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(OpenNlpBackend.shared()).build();
    List<Extraction> extractions = Seeds.documents().stream().map(pipeline::extract).toList();
    System.out.println(EvaluationReport.render(
        Evaluator.evaluate(Seeds.goldFile(), extractions), args.length > 0 && args[0].equals("-v")));
  }
}
