/** The search's pages. */
package org.plenum.search.web;
