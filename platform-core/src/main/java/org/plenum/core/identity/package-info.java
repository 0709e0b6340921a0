/** Accounts, passwords, log-in and the first administrator. */
package org.plenum.core.identity;
