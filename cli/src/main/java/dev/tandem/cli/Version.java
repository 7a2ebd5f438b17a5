package dev.tandem.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code tandem --version}, from the jar manifest when there is one. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Tandem.class.getPackage().getImplementationVersion();
    return new String[] {"tandem " + (version == null ? "development build" : version)};
  }
}
