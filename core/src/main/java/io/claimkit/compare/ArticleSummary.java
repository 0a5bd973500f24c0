package io.claimkit.compare;

import java.util.Optional;

/**
 * One article's part in a story told by several.
 *
 * @param document     the article's position among the compared articles, from 0
 * @param documentId   its document id
 * @param claims       how many claims it makes
 * @param agreed       its claims that agree with a claim of another article
 * @param conflicting  its claims that conflict with a claim of another article
 * @param exclusive    its claims no other article makes
 * @param dependsOn    the earlier article it shares most claims with (verbatim ones counting twice), the one a
 *                     rewrite most likely draws on; empty for the first article or one that shares nothing
 * @param sharedWithSource how many of its claims stand in a pair with that article
 */
public record ArticleSummary(
    int document, String documentId, int claims, int agreed, int conflicting, int exclusive,
    Optional<String> dependsOn, int sharedWithSource) {}
