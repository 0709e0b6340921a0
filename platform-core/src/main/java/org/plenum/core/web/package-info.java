/** The web layer: routing of clean URLs, languages, layout, security headers and errors. */
package org.plenum.core.web;
