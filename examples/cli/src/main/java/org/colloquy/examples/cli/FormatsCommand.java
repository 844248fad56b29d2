package org.colloquy.examples.cli;

import java.util.concurrent.Callable;
import org.colloquy.format.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code colloquy formats}: what can be read and written. */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "List the formats Colloquy can read, and which it can write, with their usual extensions.")
final class FormatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand Main main;
  @Mixin Options.Output output;

  @Override
  public Integer call() {
    if (output.json && output.csv) {
      throw new ParameterException(spec.commandLine(), "--json and --csv cannot be used together");
    }
    Table table = new Table("name", "extensions", "read", "write", "description");
    for (Format f : main.registry().formats()) {
      table.add(f.name(), f.extensions(), true, f.canWrite(), f.description());
    }
    var out = spec.commandLine().getOut();
    if (output.json) {
      table.printJson(out);
    } else if (output.csv) {
      table.printCsv(out);
    } else if (table.isEmpty()) {
      out.println("no formats found (is colloquy-parsers on the class-path?)");
    } else {
      Table text = new Table("name", "extensions", "can", "description");
      for (Format f : main.registry().formats()) {
        text.add(f.name(), f.extensions(), f.canWrite() ? "read, write" : "read", f.description());
      }
      text.printText(out, java.util.Set.of());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
