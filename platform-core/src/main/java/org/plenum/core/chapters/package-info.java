/** The federation: chapters in a tree, their members, and where a role applies. */
package org.plenum.core.chapters;
