/**
 * Helpers that ClaimKit's own modules share and that are not part of its API: they may change in any
 * release. The module exports this package only to ClaimKit's backends and command line.
 */
package io.claimkit.internal;
