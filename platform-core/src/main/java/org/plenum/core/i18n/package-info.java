/** Languages: message catalogues from modules and locale packs, and the reader's language. */
package org.plenum.core.i18n;
