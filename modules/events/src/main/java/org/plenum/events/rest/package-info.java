/** Events over HTTP. */
package org.plenum.events.rest;
