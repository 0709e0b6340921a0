/** The pages module's REST resources under {@code /api/v1/pages}. */
package org.plenum.pages.rest;
