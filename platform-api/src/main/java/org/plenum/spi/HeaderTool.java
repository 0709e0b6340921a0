package org.plenum.spi;

/**
 * A small tool a module puts in every page's header, beside the languages and the account links — a
 * search box, for instance. Implement it as a CDI bean in the module's jar; only enabled modules'
 * tools are shown, in their order.
 */
public interface HeaderTool {

  /**
   * @return the contributing module's id
   */
  String moduleId();

  /**
   * @return the Facelets fragment in the module's jar, such as {@code /search/parts/box.xhtml}
   */
  String fragment();

  /**
   * @return its place among the tools, lowest first
   */
  default int order() {
    return 50;
  }
}
