package io.claimkit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimkit.Extraction;
import io.claimkit.compare.AlignedPair;
import io.claimkit.compare.ArticleClaim;
import io.claimkit.compare.Comparison;
import io.claimkit.json.ExtractionJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The data the page's script reads: each article's JSON Lines record (as {@code claimkit extract} writes it)
 * with its claim labels, and the comparison's pairs and only-in claims by article and claim index.
 */
final class ReportData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportData() {}

  static String json(List<Extraction> extractions, List<List<String>> labels, Optional<Comparison> comparison) {
    try {
      ObjectNode root = JSON.createObjectNode();
      ArrayNode documents = root.putArray("documents");
      for (int d = 0; d < extractions.size(); d++) {
        ObjectNode doc = documents.addObject();
        doc.put("letter", HtmlReport.letter(d));
        doc.set("record", JSON.readTree(ExtractionJson.toLine(extractions.get(d))));
        ArrayNode names = doc.putArray("labels");
        labels.get(d).forEach(names::add);
      }
      if (comparison.isPresent()) {
        ArrayNode pairs = root.putArray("pairs");
        for (AlignedPair pair : comparison.get().pairs()) {
          ObjectNode p = pairs.addObject();
          p.put("relation", pair.relation().jsonName());
          p.put("wording", pair.wording().jsonName());
          p.put("reason", pair.reason());
          p.put("score", Math.round(pair.score() * 1000) / 1000.0);
          p.set("a", ref(pair.a()));
          p.set("b", ref(pair.b()));
        }
        ArrayNode onlyIn = root.putArray("only_in");
        comparison.get().onlyIn().forEach(c -> onlyIn.add(ref(c)));
      }
      return Html.scriptJson(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode ref(ArticleClaim claim) {
    ObjectNode ref = JSON.createObjectNode();
    ref.put("doc", claim.document());
    ref.put("claim", claim.index());
    return ref;
  }
}
