/**
 * The core's side of the module API: beans that implement the interfaces of {@code org.plenum.api}
 * where no core class does so directly, translating the core's own types into the API's.
 */
package org.plenum.core.api;
