/** A member's own pages: profile and personal API tokens. */
package org.plenum.core.account;
