/**
 * Who may do what, and where: the permission checks of every write (a role held across the site or
 * in a chapter and those below it) and the keys that say who may read which search results.
 */
package org.plenum.core.permissions;
