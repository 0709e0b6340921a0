/** The Plenum core: module registry, identity, permissions, languages, layout and admin. */
package org.plenum.core;
