package io.claimkit.spark;

import io.claimkit.text.Document;
import java.io.Serializable;

/**
 * Turns one input element of a partition into a document. Implementations are shipped to the executors, so
 * they hold nothing but plain values.
 *
 * @param <T> the element type of the input RDD
 */
interface DocumentReader<T> extends Serializable {

  /** The id an error record names when the element cannot be read. Never fails. */
  String id(T input);

  /**
   * Reads the element.
   *
   * @throws io.claimkit.ClaimKitException naming the document when it cannot be read
   */
  Document read(T input);
}
