/** The REST API under {@code /api/v1/}: core resources, problem details, guards. */
package org.plenum.core.rest;
