package io.claimkit.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups aligned pairs into clusters across all articles and sums up each article's part. */
final class Clusters {

  private Clusters() {}

  /** The connected groups of paired claims, each ordered by article and text, ordered by first member. */
  static List<ClaimCluster> of(List<AlignedPair> pairs) {
    Map<ArticleClaim, ArticleClaim> parent = new HashMap<>();
    for (AlignedPair p : pairs) {
      union(parent, p.a(), p.b());
    }
    Map<ArticleClaim, List<ArticleClaim>> members = new LinkedHashMap<>();
    parent.keySet().stream().sorted(ORDER).forEach(c -> members.computeIfAbsent(find(parent, c), k -> new ArrayList<>()).add(c));
    List<ClaimCluster> clusters = new ArrayList<>();
    for (Map.Entry<ArticleClaim, List<ArticleClaim>> e : members.entrySet()) {
      ArticleClaim root = e.getKey();
      List<AlignedPair> inside = pairs.stream().filter(p -> find(parent, p.a()).equals(root)).toList();
      clusters.add(new ClaimCluster(e.getValue(),
          inside.stream().filter(p -> p.relation() == Relation.AGREE).toList(),
          inside.stream().filter(p -> p.relation() == Relation.CONFLICT).toList()));
    }
    clusters.sort(Comparator.comparing(c -> c.members().get(0), ORDER));
    return clusters;
  }

  static final Comparator<ArticleClaim> ORDER =
      Comparator.comparingInt(ArticleClaim::document).thenComparingInt(ArticleClaim::index);

  /** Each article's counts, and the earlier article it shares most claims with. */
  static List<ArticleSummary> summary(
      List<String> ids, List<Integer> claimCounts, List<AlignedPair> pairs, List<ArticleClaim> onlyIn) {
    List<ArticleSummary> summary = new ArrayList<>();
    for (int d = 0; d < ids.size(); d++) {
      int doc = d;
      long agreed = pairs.stream().filter(p -> p.relation() == Relation.AGREE)
          .flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).filter(c -> c.document() == doc).distinct().count();
      long conflicting = pairs.stream().filter(p -> p.relation() == Relation.CONFLICT)
          .flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).filter(c -> c.document() == doc).distinct().count();
      long exclusive = onlyIn.stream().filter(c -> c.document() == doc).count();
      Optional<String> source = Optional.empty();
      int shared = 0;
      double best = 0;
      for (int e = 0; e < doc; e++) {
        int earlier = e;
        List<AlignedPair> between = pairs.stream().filter(p -> p.a().document() == earlier && p.b().document() == doc).toList();
        double weight = between.stream().mapToDouble(p -> p.wording() == Wording.VERBATIM ? 2 : 1).sum();
        if (weight > best) {
          best = weight;
          source = Optional.of(ids.get(e));
          shared = (int) between.stream().map(AlignedPair::b).distinct().count();
        }
      }
      summary.add(new ArticleSummary(doc, ids.get(doc), claimCounts.get(doc), (int) agreed, (int) conflicting,
          (int) exclusive, source, shared));
    }
    return summary;
  }

  private static ArticleClaim find(Map<ArticleClaim, ArticleClaim> parent, ArticleClaim c) {
    ArticleClaim p = parent.getOrDefault(c, c);
    if (p.equals(c)) {
      parent.putIfAbsent(c, c);
      return c;
    }
    ArticleClaim root = find(parent, p);
    parent.put(c, root);
    return root;
  }

  private static void union(Map<ArticleClaim, ArticleClaim> parent, ArticleClaim x, ArticleClaim y) {
    ArticleClaim rx = find(parent, x);
    ArticleClaim ry = find(parent, y);
    if (!rx.equals(ry)) {
      // The earlier claim roots the group, so a cluster is named by its first member.
      if (ORDER.compare(rx, ry) < 0) {
        parent.put(ry, rx);
      } else {
        parent.put(rx, ry);
      }
    }
  }
}
