package io.claimkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Core's module exports its API packages to everyone and its internal helpers to ClaimKit's own modules only. */
class ModuleDescriptorTest {

  private static final Path CLASSES = Path.of("target", "classes");

  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(CLASSES).find("io.claimkit.core").orElseThrow().descriptor();
  }

  @Test
  void everyPackageButTheInternalOneIsExportedToAll() throws IOException {
    Map<String, ModuleDescriptor.Exports> exports =
        descriptor().exports().stream().collect(Collectors.toMap(ModuleDescriptor.Exports::source, e -> e));
    Set<String> packages;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      packages = files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
          .map(f -> CLASSES.relativize(f.getParent()).toString().replace('/', '.'))
          .collect(Collectors.toSet());
    }
    assertThat(exports.keySet()).containsExactlyInAnyOrderElementsOf(packages);
    exports.forEach((name, export) -> {
      if (name.equals("io.claimkit.internal")) {
        assertThat(export.targets())
            .containsExactlyInAnyOrder("io.claimkit.corenlp", "io.claimkit.opennlp", "io.claimkit.langdetect",
                "io.claimkit.examples");
      } else {
        assertThat(export.isQualified()).as(name).isFalse();
      }
    });
  }

  @Test
  void ruleDiscoveryIsDeclared() {
    assertThat(descriptor().uses()).containsExactly("io.claimkit.claim.ClaimRule");
  }
}
