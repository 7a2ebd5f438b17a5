package dev.tandem.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * API keys, held only as SHA-256 hashes (hex) with their roles: the configuration file never holds
 * a usable key. {@link #hash(String)} is what {@code tandem serve --hash-key} prints for a new key.
 */
public final class ApiKeys {
  private final Map<String, Role> roleByHash;

  public ApiKeys(Map<String, Role> roleByHash) {
    this.roleByHash = Map.copyOf(roleByHash);
  }

  /** The role of a presented key, if it is known. */
  public Optional<Role> roleOf(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(roleByHash.get(hash(presentedKey.strip())));
  }

  public int size() {
    return roleByHash.size();
  }

  public static String hash(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
