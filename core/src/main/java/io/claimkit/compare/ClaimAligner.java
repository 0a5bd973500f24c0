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
 * Stateless and thread-safe.
 */
public final class ClaimAligner {

  private ClaimAligner() {}

  /**
   * Aligns the claims of the given extractions, in that order.
   *
   * @throws ClaimKitException INVALID_ARGUMENT when fewer than two extractions are given
   */
  public static Comparison align(List<Extraction> extractions) {
    if (extractions.size() < 2) {
      throw new ClaimKitException(
          ErrorKind.INVALID_ARGUMENT, null, "a comparison needs two or more articles, got " + extractions.size());
    }
    List<List<ArticleClaim>> claims = new ArrayList<>();
    for (int d = 0; d < extractions.size(); d++) {
      List<ArticleClaim> of = new ArrayList<>();
      List<Claim> list = extractions.get(d).claims();
      for (int i = 0; i < list.size(); i++) {
        of.add(new ArticleClaim(d, extractions.get(d).document().id(), i, list.get(i)));
      }
      claims.add(of);
    }
    List<AlignedPair> pairs = new ArrayList<>();
    for (int a = 0; a < claims.size(); a++) {
      for (int b = a + 1; b < claims.size(); b++) {
        pairs.addAll(align(claims.get(a), claims.get(b)));
      }
    }
    Set<ArticleClaim> paired = new HashSet<>();
    pairs.forEach(p -> {
      paired.add(p.a());
      paired.add(p.b());
    });
    List<ArticleClaim> onlyIn =
        claims.stream().flatMap(List::stream).filter(c -> !paired.contains(c)).toList();
    List<String> ids = extractions.stream().map(e -> e.document().id()).toList();
    return new Comparison(ids, pairs, onlyIn);
  }

  /** The pairs between two articles, ordered by the first claim and then the second. */
  private static List<AlignedPair> align(List<ArticleClaim> left, List<ArticleClaim> right) {
    Map<List<Integer>, AlignedPair> kept = new LinkedHashMap<>();
    for (ArticleClaim x : left) {
      best(x, right, false).ifPresent(p -> kept.putIfAbsent(List.of(p.a().index(), p.b().index()), p));
    }
    for (ArticleClaim y : right) {
      best(y, left, true).ifPresent(p -> kept.putIfAbsent(List.of(p.a().index(), p.b().index()), p));
    }
    List<AlignedPair> pairs = new ArrayList<>(kept.values());
    pairs.sort(Comparator.comparingInt((AlignedPair p) -> p.a().index()).thenComparingInt(p -> p.b().index()));
    return pairs;
  }

  /** The best match of one claim among the other article's claims, as a pair earlier article first. */
  private static Optional<AlignedPair> best(ArticleClaim claim, List<ArticleClaim> others, boolean claimIsLater) {
    AlignedPair best = null;
    Match bestMatch = null;
    for (ArticleClaim other : others) {
      ArticleClaim a = claimIsLater ? other : claim;
      ArticleClaim b = claimIsLater ? claim : other;
      Optional<Match> match = ClaimMatcher.match(a.claim(), b.claim());
      if (match.isPresent() && (bestMatch == null || better(match.get(), bestMatch))) {
        bestMatch = match.get();
        best = new AlignedPair(bestMatch.relation(), bestMatch.reason(), bestMatch.wording(), a, b);
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(Match candidate, Match current) {
    if (candidate.sameType() != current.sameType()) {
      return candidate.sameType();
    }
    return candidate.score() > current.score();
  }
}
