/** Search: one Lucene index over every module's items, language-aware and permission-aware. */
package org.plenum.search;
