/** What members see of each other: profile pages, shown only to signed-in readers. */
package org.plenum.core.members;
