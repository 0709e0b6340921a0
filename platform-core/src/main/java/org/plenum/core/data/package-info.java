/** The database: per-module migrations and the persistence unit's view of module entities. */
package org.plenum.core.data;
