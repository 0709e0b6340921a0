/** Plenum's default theme. */
package org.plenum.themes.defaulttheme;
