/** The blog over HTTP: published posts and blogs, read by anyone. */
package org.plenum.blog.rest;
