/** The default site's assembly: its database and deployment descriptors. */
package org.plenum.site;
