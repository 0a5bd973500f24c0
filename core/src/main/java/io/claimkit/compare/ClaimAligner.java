package io.claimkit.compare;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.claim.Claim;
import io.claimkit.compare.ClaimMatcher.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Aligns the claims of two or more articles.
 *
 * <p>For every two articles, each claim of one is linked to its best match in the other, as
 * {@link ClaimMatcher} judges: a match of the same type before a cross-type one, then the higher score, then
 * the earlier claim. A pair is kept when either of its claims chose the other, so a claim may stand in more
 * than one pair: a rewrite often merges in one sentence what its source says in two. A claim that stands in
 * no pair with any other article is only in its own.
 *
 * <pre>{@code
 * Comparison comparison = ClaimAligner.align(List.of(pipeline.extract(a), pipeline.extract(b)));
 * String json = ComparisonJson.toJson(comparison);
 * }</pre>
 *
 * Each pair has a score from 0 to 1; pairs under the threshold ({@link #DEFAULT_THRESHOLD} unless given) are
 * dropped. Paired claims are then grouped into {@link ClaimCluster clusters} across all the articles, and each
 * article is summed up ({@link ArticleSummary}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimAligner {

  /** The least score of a kept pair unless another is given. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private ClaimAligner() {}

  /**
   * Aligns the claims of the given extractions, in that order, keeping pairs of score at least {@link
   * #DEFAULT_THRESHOLD}.
   *
   * @throws ClaimKitException INVALID_ARGUMENT when fewer than two extractions are given
   */
  public static Comparison align(List<Extraction> extractions) {
    return align(extractions, DEFAULT_THRESHOLD);
  }

  /**
   * Aligns the claims of the given extractions, in that order, keeping pairs of score at least {@code threshold}.
   *
   * @throws ClaimKitException INVALID_ARGUMENT when fewer than two extractions are given or the threshold is
   *     outside [0, 1]
   */
  public static Comparison align(List<Extraction> extractions, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "a threshold lies in [0, 1], got " + threshold);
    }
    if (extractions.size() < 2) {
      throw new ClaimKitException(
          ErrorKind.INVALID_ARGUMENT, null, "a comparison needs two or more articles, got " + extractions.size());
    }
    List<List<ClaimProfile>> claims = new ArrayList<>();
    for (int d = 0; d < extractions.size(); d++) {
      List<ClaimProfile> of = new ArrayList<>();
      List<Claim> list = extractions.get(d).claims();
      for (int i = 0; i < list.size(); i++) {
        of.add(ClaimProfile.of(extractions.get(d), new ArticleClaim(d, extractions.get(d).document().id(), i, list.get(i))));
      }
      claims.add(of);
    }
    List<AlignedPair> pairs = new ArrayList<>();
    for (int a = 0; a < claims.size(); a++) {
      for (int b = a + 1; b < claims.size(); b++) {
        pairs.addAll(align(claims.get(a), claims.get(b), threshold));
      }
    }
    Set<ArticleClaim> paired = new HashSet<>();
    pairs.forEach(p -> {
      paired.add(p.a());
      paired.add(p.b());
    });
    List<ArticleClaim> onlyIn =
        claims.stream().flatMap(List::stream).map(ClaimProfile::claim).filter(c -> !paired.contains(c)).toList();
    List<String> ids = extractions.stream().map(e -> e.document().id()).toList();
    List<Integer> counts = extractions.stream().map(e -> e.claims().size()).toList();
    return new Comparison(ids, pairs, onlyIn, Clusters.of(pairs), Clusters.summary(ids, counts, pairs, onlyIn), threshold);
  }

  /** The pairs between two articles, ordered by the first claim and then the second. */
  private static List<AlignedPair> align(List<ClaimProfile> left, List<ClaimProfile> right, double threshold) {
    Map<List<Integer>, AlignedPair> kept = new LinkedHashMap<>();
    for (ClaimProfile x : left) {
      best(x, right, false, threshold).ifPresent(p -> kept.putIfAbsent(List.of(p.a().index(), p.b().index()), p));
    }
    for (ClaimProfile y : right) {
      best(y, left, true, threshold).ifPresent(p -> kept.putIfAbsent(List.of(p.a().index(), p.b().index()), p));
    }
    List<AlignedPair> pairs = new ArrayList<>(kept.values());
    pairs.sort(Comparator.comparingInt((AlignedPair p) -> p.a().index()).thenComparingInt(p -> p.b().index()));
    return pairs;
  }

  /** The best match of one claim among the other article's claims, as a pair earlier article first. */
  private static Optional<AlignedPair> best(
      ClaimProfile claim, List<ClaimProfile> others, boolean claimIsLater, double threshold) {
    AlignedPair best = null;
    Match bestMatch = null;
    for (ClaimProfile other : others) {
      ClaimProfile a = claimIsLater ? other : claim;
      ClaimProfile b = claimIsLater ? claim : other;
      Optional<Match> match = ClaimMatcher.match(a, b).filter(m -> m.score() >= threshold);
      if (match.isPresent() && (bestMatch == null || better(match.get(), bestMatch))) {
        bestMatch = match.get();
        best = new AlignedPair(
            bestMatch.relation(), bestMatch.score(), bestMatch.reasons(), bestMatch.wording(), a.claim(), b.claim());
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(Match candidate, Match current) {
    if (candidate.sameType() != current.sameType()) {
      return candidate.sameType();
    }
    return candidate.rank() > current.rank();
  }
}
