/**
 * Units of measure and money normalized to one canonical unit per dimension, so that quantities written in
 * different units compare: {@link io.claimkit.quantity.units.Units#normalize} maps "mph", "km/h", "per cent",
 * "US$" or "°C" to a {@link io.claimkit.quantity.units.NormalizedUnit}.
 */
package io.claimkit.quantity.units;
