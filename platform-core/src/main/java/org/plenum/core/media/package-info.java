/** Uploaded images: checked, re-encoded, kept in the data folder and served as inert files. */
package org.plenum.core.media;
