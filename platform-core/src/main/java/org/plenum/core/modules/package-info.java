/** Finds modules, orders them by their dependencies, migrates, enables and disables them. */
package org.plenum.core.modules;
