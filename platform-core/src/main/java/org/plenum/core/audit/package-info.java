/** The audit log of administrative actions. */
package org.plenum.core.audit;
