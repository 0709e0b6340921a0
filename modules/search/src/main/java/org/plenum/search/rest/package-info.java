/** The search over HTTP. */
package org.plenum.search.rest;
