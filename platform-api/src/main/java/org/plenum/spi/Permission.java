package org.plenum.spi;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module checks before a write, such as {@code pages.page.edit}.
 *
 * @param name dotted name, starting with the module id
 * @param defaultRoles the roles that hold it unless an administrator changes that
 */
public record Permission(String name, Set<String> defaultRoles) {
  /**
   * Validates and copies.
   *
   * @param name see the record component
   * @param defaultRoles see the record component
   */
  public Permission {
    Objects.requireNonNull(name, "name");
    defaultRoles = Set.copyOf(defaultRoles);
  }

  /**
   * Declares a permission.
   *
   * @param name dotted name
   * @param roles roles that hold it by default
   * @return the permission
   */
  public static Permission of(String name, String... roles) {
    return new Permission(name, Set.of(roles));
  }
}
