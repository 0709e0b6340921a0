/** Faces beans and contributions of the pages module. */
package org.plenum.pages.web;
