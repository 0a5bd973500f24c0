package io.claimkit.eval;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A gold file in the format of {@code seeds.gold.json}: an {@code about} text and the gold of each document,
 * keyed by the document's file name. The {@code cross_document} section is not read here.
 */
public record GoldFile(String about, Map<String, GoldDocument> documents) {

  public GoldFile {
    Objects.requireNonNull(about, "about");
    documents = Map.copyOf(documents);
  }

  /**
   * Reads a gold file.
   *
   * @throws ClaimKitException UNREADABLE when the file cannot be read, INVALID_ARGUMENT when it is not gold
   */
  public static GoldFile read(Path path) {
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, path.toString(), "cannot read gold file", e);
    }
  }

  /** Parses the JSON text of a gold file. */
  public static GoldFile parse(String json) {
    return GoldReader.read(json);
  }

  /**
   * The gold of a document id: the key itself, or else the key equal to the id's file name, so that an
   * extraction made from {@code data/000_x.txt} finds the gold of {@code 000_x.txt}.
   */
  public Optional<GoldDocument> document(String id) {
    GoldDocument exact = documents.get(id);
    if (exact != null) {
      return Optional.of(exact);
    }
    String name = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
    return Optional.ofNullable(documents.get(name));
  }
}
