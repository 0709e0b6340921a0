/**
 * The acts of a federation's governance: founding a chapter under another and appointing or
 * removing its coordinators, each checked against the permissions of whoever acts.
 */
package org.plenum.core.chapters.governance;
