package org.colloquy.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.WriteOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code colloquy convert}: any readable format into any writable one. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "Write each file in another format. One file goes to stdout, or to -o FILE (whose extension"
        + " names the format when --as is not given); several files need -o DIR, and each is written there"
        + " under its own name with the format's extension.")
final class ConvertCommand extends EpisodeCommand {

  @Mixin Options.Files files;
  @Mixin Options.Input input;

  @Option(names = {"-t", "--as"}, paramLabel = "FORMAT", description = "The format to write (see `colloquy formats`).")
  @Nullable String as;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "The file (or, for several inputs, the"
      + " directory) to write; stdout when absent.")
  @Nullable Path output;

  @Option(names = {"-O", "--write-option"}, paramLabel = "NAME=VALUE",
      description = "An option for the writer, as its format documents it. Repeatable.")
  Map<String, String> writeOptions = new LinkedHashMap<>();

  @Override
  public Integer call() {
    FormatRegistry registry = main.registry();
    boolean several = files.paths.size() > 1 || files.paths.stream().anyMatch(Files::isDirectory);
    if (several && (output == null || Files.exists(output) && !Files.isDirectory(output))) {
      throw usage("several inputs need -o DIR, a directory to write them to");
    }
    Format target = target(registry, several);
    WriteOptions options = WriteOptions.defaults();
    for (Map.Entry<String, String> e : writeOptions.entrySet()) {
      options = options.with(e.getKey(), e.getValue());
    }
    WriteOptions chosen = options;
    int[] failed = {0};
    java.util.Set<Path> written = new java.util.HashSet<>();
    int code = forEach(files.paths, input, loaded -> {
      Path to = output == null ? null
          : several ? output.resolve(rename(loaded.path().getFileName().toString(), target)) : output;
      if (to != null && !written.add(to.toAbsolutePath().normalize())) {
        failed[0]++;
        err().println(to + ": not written: " + loaded.name() + " has the same name as an earlier input");
        return;
      }
      try {
        if (to == null) {
          registry.write(loaded.episode(), out(), target.name(), chosen);
          out().flush();
          return;
        }
        if (to.getParent() != null) {
          Files.createDirectories(to.getParent());
        }
        try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
          registry.write(loaded.episode(), w, target.name(), chosen);
        }
      } catch (IOException | UncheckedIOException e) {
        failed[0]++;
        err().println(to + ": cannot write: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
      }
    });
    err().flush();
    return code != ExitCodes.OK ? code : failed[0] > 0 ? ExitCodes.OUTPUT : ExitCodes.OK;
  }

  private Format target(FormatRegistry registry, boolean several) {
    String name = as;
    if (name == null) {
      String file = output == null || several || output.getFileName() == null ? "" : output.getFileName().toString();
      int dot = file.lastIndexOf('.');
      String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
      Format byExtension = registry.formats().stream()
          .filter(f -> f.canWrite() && f.extensions().contains(extension))
          .findFirst().orElse(null);
      if (byExtension == null) {
        throw usage("name the format to write with --as (writable: " + writable(registry) + ")");
      }
      return byExtension;
    }
    Format f = registry.find(name).orElse(null);
    if (f == null || !f.canWrite()) {
      throw usage((f == null ? "no format is called \"" + name + "\"" : "the " + f.name() + " format can only be read")
          + "; formats that can be written: " + writable(registry));
    }
    return f;
  }

  private static String writable(FormatRegistry registry) {
    return registry.formats().stream().filter(Format::canWrite).map(Format::name)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** {@code interview.txt} as {@code interview.vtt}. */
  static String rename(String fileName, Format format) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String extension = format.extensions().isEmpty() ? format.name() : format.extensions().get(0);
    return base + "." + extension;
  }
}
