/** Plenum's high-contrast theme. */
package org.plenum.themes.contrast;
