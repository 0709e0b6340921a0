/**
 * The contract between the Plenum core and its modules: what a module declares (descriptor,
 * entities, migrations, routes, permissions, bundle) and the small interfaces through which it
 * contributes to shared places (menu, home page, admin).
 */
package org.plenum.spi;
