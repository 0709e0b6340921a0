package org.plenum.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The site the server runs: the site WAR unpacked into the data folder with every module jar of the
 * modules folder in {@code WEB-INF/lib}. The unpacked copy is reused while neither the WAR nor the
 * modules changed. A file in the modules folder that is not a module jar is left out, and the
 * site's administration says why.
 */
final class SiteAssembly {

  static final String SERVICE = "META-INF/services/org.plenum.spi.Module";
  static final String REJECTED = "WEB-INF/classes/META-INF/plenum-rejected-modules.properties";

  private SiteAssembly() {}

  /**
   * The module jars of a folder; other files are recorded with the reason they are refused.
   *
   * @param folder the modules folder
   * @param rejected receives refused files and why
   * @return usable jars, by name
   * @throws IOException when the folder cannot be listed
   */
  static List<Path> moduleJars(Path folder, Map<Path, String> rejected) throws IOException {
    List<Path> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (Files.isDirectory(f) || name.startsWith(".")) {
          continue;
        }
        if (!name.endsWith(".jar")) {
          rejected.put(f, "not a .jar file");
          continue;
        }
        try (ZipFile zip = new ZipFile(f.toFile())) {
          ZipEntry service = zip.getEntry(SERVICE);
          if (service == null) {
            rejected.put(f, "no " + SERVICE + " inside: not a Plenum module");
            continue;
          }
          jars.add(f);
        } catch (ZipException e) {
          rejected.put(f, "not a valid jar (" + e.getMessage() + ")");
        }
      }
    }
    return jars;
  }

  /**
   * Unpacks the site with its modules into {@code <data>/app}, unless the copy there was made from
   * the same files.
   *
   * @param data the data folder
   * @param war the site WAR
   * @param jars the module jars to add
   * @param rejected files left out, and why (written where the administration reads them)
   * @return the unpacked site
   * @throws IOException when it cannot be written
   */
  static Path assemble(Path data, Path war, List<Path> jars, Map<Path, String> rejected)
      throws IOException {
    Path app = data.resolve("app");
    String stamp = stamp(war, jars, rejected);
    Path stampFile = app.resolve(".plenum-stamp");
    if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
      return app;
    }
    deleteTree(app);
    Files.createDirectories(app);
    unzip(war, app);
    Path lib = app.resolve("WEB-INF/lib");
    Files.createDirectories(lib);
    for (Path jar : jars) {
      Files.copy(
          jar, lib.resolve("module-" + jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!rejected.isEmpty()) {
      Properties p = new Properties();
      rejected.forEach((f, why) -> p.setProperty(f.getFileName().toString(), why));
      Path file = app.resolve(REJECTED);
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), null);
      }
    }
    Files.writeString(stampFile, stamp);
    return app;
  }

  private static String stamp(Path war, List<Path> jars, Map<Path, String> rejected)
      throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<Path> all = new ArrayList<>();
      all.add(war);
      all.addAll(jars);
      all.addAll(rejected.keySet());
      for (Path p : all) {
        digest.update(
            (p.getFileName()
                    + "|"
                    + Files.size(p)
                    + "|"
                    + Files.getLastModifiedTime(p).toMillis()
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("Entry outside the target: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
