/** Health checks for {@code /health}. */
package org.plenum.core.health;
