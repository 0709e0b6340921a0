/** The blog's pages, blocks, tab and feeds. */
package org.plenum.blog.web;
