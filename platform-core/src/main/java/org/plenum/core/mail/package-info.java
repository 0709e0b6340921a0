/** Outgoing mail: SMTP when configured, otherwise an outbox folder of .eml files. */
package org.plenum.core.mail;
