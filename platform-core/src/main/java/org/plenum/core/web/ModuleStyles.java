package org.plenum.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.core.modules.InstalledModule;
import org.plenum.core.modules.ModuleRegistry;

/**
 * The stylesheets of the enabled modules, joined in start-up order into one file that the theme's
 * layout links after its own. Rebuilt when a module is enabled or disabled; its address carries a
 * hash of its content, so browsers keep it until it changes.
 */
@ApplicationScoped
public class ModuleStyles {

  /** Where the joined stylesheet is served. */
  public static final String PATH = "/_plenum/modules.css";

  private static final Logger LOG = Logger.getLogger(ModuleStyles.class.getName());

  /**
   * The joined stylesheet of one set of enabled modules.
   *
   * @param basis the enabled modules it was built from
   * @param css the stylesheet, UTF-8
   * @param hash a hash of {@code css}, for the address and the entity tag
   */
  public record Sheet(List<InstalledModule> basis, byte[] css, String hash) {}

  @Inject ModuleRegistry registry;

  private volatile Sheet sheet;

  /**
   * The stylesheet of the modules enabled now.
   *
   * @return the joined stylesheet
   */
  public Sheet current() {
    List<InstalledModule> enabled = registry.enabled();
    Sheet s = sheet;
    if (s == null || s.basis() != enabled) {
      s = join(enabled);
      sheet = s;
    }
    return s;
  }

  /**
   * The address of the current stylesheet, below the site's base.
   *
   * @return a path with a version that changes with the content
   */
  public String address() {
    return PATH + "?v=" + current().hash();
  }

  private static Sheet join(List<InstalledModule> enabled) {
    StringBuilder css = new StringBuilder();
    for (InstalledModule m : enabled) {
      String path = m.module().stylesheet();
      if (path == null || path.isBlank()) {
        continue;
      }
      String resource = "META-INF/resources/" + path.replaceFirst("^/+", "");
      try (InputStream in = m.module().getClass().getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          LOG.warning(() -> "module " + m.id() + " names a stylesheet it does not hold: " + path);
          continue;
        }
        css.append("/* ").append(m.id()).append(' ').append(m.version()).append(" */\n");
        css.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      } catch (IOException e) {
        LOG.log(Level.WARNING, "module " + m.id() + ": its stylesheet could not be read", e);
      }
    }
    byte[] bytes = css.toString().getBytes(StandardCharsets.UTF_8);
    return new Sheet(enabled, bytes, hash(bytes));
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
