package org.plenum.core.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.spi.Module;
import org.plenum.spi.ModuleDescriptor;

/**
 * Reads every module on a class loader, keeping a trace of those that cannot be read instead of
 * failing: a malformed third-party jar must not stop the site.
 */
public final class ModuleDiscovery {

  /** Where the launcher lists the files of the modules folder it refused. */
  public static final String REJECTED_FILES = "META-INF/plenum-rejected-modules.properties";

  /** How the launcher names the jars it installs from the modules folder. */
  public static final String INSTALLED_PREFIX = "module-";

  private static final Logger LOG = Logger.getLogger(ModuleDiscovery.class.getName());

  private ModuleDiscovery() {}

  /**
   * Finds the modules.
   *
   * @param loader the application's class loader
   * @return what was found, readable or not
   */
  public static List<Discovered> discover(ClassLoader loader) {
    List<Discovered> found = new ArrayList<>();
    Map<String, String> jars = providerJars(loader);
    Iterator<ServiceLoader.Provider<Module>> providers =
        ServiceLoader.load(Module.class, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<Module> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        LOG.log(Level.WARNING, "A module descriptor cannot be read: {0}", e.getMessage());
        String name = providerOf(e.getMessage());
        found.add(
            Discovered.broken(
                jars.getOrDefault(name, name),
                Reason.of(
                    "core.module.reason.unreadable",
                    "its descriptor cannot be read: {0}",
                    e.getMessage())));
        continue;
      }
      found.add(read(provider));
    }
    found.addAll(rejectedFiles(loader));
    return found;
  }

  private static Discovered read(ServiceLoader.Provider<Module> provider) {
    String source = provider.type().getName();
    try {
      Module module = provider.get();
      ModuleDescriptor descriptor = module.descriptor();
      if (descriptor == null) {
        throw new IllegalArgumentException("descriptor() returned null");
      }
      return new Discovered(module, descriptor, jarOf(provider.type()), null);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Module {0} has a malformed descriptor: {1}",
          new Object[] {source, e.toString()});
      return Discovered.broken(
          jarOf(provider.type()),
          Reason.of(
              "core.module.reason.malformed",
              "its descriptor is malformed: {0}",
              String.valueOf(e.getMessage())));
    }
  }

  private static List<Discovered> rejectedFiles(ClassLoader loader) {
    List<Discovered> rejected = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(REJECTED_FILES))) {
        Properties files = new Properties();
        try (InputStream in = url.openStream()) {
          files.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String file : files.stringPropertyNames()) {
          rejected.add(
              Discovered.broken(
                  file,
                  Reason.of(
                      "core.module.reason.rejectedFile",
                      "the file {0} was not installed: {1}",
                      file,
                      files.getProperty(file))));
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot read the list of refused module files", e);
    }
    return rejected;
  }

  /**
   * The jar a class comes from.
   *
   * @param type a class
   * @return the jar's file name, or the class name when it is not in a jar
   */
  static String jarOf(Class<?> type) {
    try {
      var source = type.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        String path = source.getLocation().getPath();
        if (path.endsWith("/")) {
          path = path.substring(0, path.length() - 1);
        }
        return displayName(path.substring(path.lastIndexOf('/') + 1));
      }
    } catch (SecurityException e) {
      // fall through to the class name
    }
    return type.getName();
  }

  /** The provider class a ServiceLoader error names ("Provider x.Y not found"). */
  private static String providerOf(String message) {
    if (message == null) {
      return "unknown";
    }
    int provider = message.indexOf("Provider ");
    if (provider >= 0) {
      String rest = message.substring(provider + 9);
      int space = rest.indexOf(' ');
      return space < 0 ? rest : rest.substring(0, space);
    }
    return message.length() > 80 ? message.substring(0, 80) : message;
  }

  /**
   * Which jar declares which provider, read from the service files themselves, so that a provider
   * that cannot be loaded is reported with the jar to remove.
   */
  private static Map<String, String> providerJars(ClassLoader loader) {
    Map<String, String> jars = new HashMap<>();
    try {
      for (URL url :
          Collections.list(loader.getResources("META-INF/services/" + Module.class.getName()))) {
        String jar = jarName(url);
        try (InputStream in = url.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
            String name = line.replaceFirst("#.*", "").trim();
            if (!name.isEmpty()) {
              jars.putIfAbsent(name, jar);
            }
          }
        }
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "Cannot read module service files", e);
    }
    return jars;
  }

  private static String jarName(URL url) {
    String s = url.toString();
    int bang = s.indexOf("!/");
    if (bang < 0) {
      return "WEB-INF/classes";
    }
    s = s.substring(0, bang);
    return displayName(s.substring(s.lastIndexOf('/') + 1));
  }

  /**
   * The name a site maintainer knows a jar by: the launcher installs the jars of the modules folder
   * as {@code module-<file>}.
   */
  private static String displayName(String file) {
    return file.startsWith(INSTALLED_PREFIX) ? file.substring(INSTALLED_PREFIX.length()) : file;
  }
}
