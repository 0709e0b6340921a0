/** Starts a Plenum site: assembles the site and its installed modules, runs Payara Micro. */
package org.plenum.launcher;
