/** Faces beans of joining, address verification and password reset. */
package org.plenum.core.join;
