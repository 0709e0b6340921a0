/** The pages module: the organisation's static pages (About, Mission, Privacy…). */
package org.plenum.pages;
