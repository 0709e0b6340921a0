/** Administration pages: modules, site settings and the audit log. */
package org.plenum.core.admin;
