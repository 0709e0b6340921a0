/** Faces beans of the chapter pages: directory, chapter page, editor, membership. */
package org.plenum.core.chapters.web;
