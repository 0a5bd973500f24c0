package io.claimkit.claim;

import java.util.List;

/**
 * A rule that reads an analyzed document and states claims. The built-in rules implement this interface
 * too; a user adds their own through {@link io.claimkit.ClaimPipeline.Builder#addRule(ClaimRule)}.
 * Implementations must be stateless or thread-safe: one instance serves every document and thread.
 */
public interface ClaimRule {

  /** A stable id, written into every claim the rule makes ("attribution.said-that"). */
  String id();

  /** The claims this rule finds in one document, in any order. */
  List<? extends Claim> apply(ClaimContext context);
}
