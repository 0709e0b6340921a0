/** Site settings an administrator changes in the admin. */
package org.plenum.core.settings;
