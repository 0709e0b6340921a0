package org.plenum.core.modules;

import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.metadata.XMLMetadataSource;
import org.eclipse.persistence.logging.SessionLog;

/**
 * Tells EclipseLink which entity classes the installed modules bring. EclipseLink sees an entity in
 * a jar of {@code WEB-INF/lib} only when the persistence unit names it; a module dropped into the
 * site cannot edit {@code persistence.xml}, so the unit points here ({@code
 * eclipselink.metadata-source}) and the list is made from the modules found at start-up.
 * Annotations on the classes still carry the mapping.
 */
public class ModuleEntities extends XMLMetadataSource {

  private static final Logger LOG = Logger.getLogger(ModuleEntities.class.getName());

  @Override
  public Reader getEntityMappingsReader(
      Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
    Set<String> classes = new LinkedHashSet<>();
    for (Discovered d : ModuleDiscovery.discover(classLoader)) {
      if (d.module() == null) {
        continue;
      }
      try {
        classes.addAll(d.module().entityClassNames());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Module " + d.source() + " cannot list its entities", e);
      }
    }
    return new StringReader(mappings(classes));
  }

  /**
   * An EclipseLink mapping document that names entity classes and defers to annotations.
   *
   * @param classes fully qualified class names
   * @return the XML document
   */
  static String mappings(Set<String> classes) {
    StringBuilder xml = new StringBuilder(256 + classes.size() * 64);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "<entity-mappings xmlns=\"http://www.eclipse.org/eclipselink/xsds/persistence/orm\"")
        .append(" version=\"3.1\">\n");
    for (String name : classes) {
      if (!name.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
        LOG.warning(() -> "Ignoring malformed entity class name: " + name);
        continue;
      }
      xml.append("  <entity class=\"").append(name).append("\" metadata-complete=\"false\"/>\n");
    }
    return xml.append("</entity-mappings>\n").toString();
  }
}
