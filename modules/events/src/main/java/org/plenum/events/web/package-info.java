/** The events' pages: lists, calendar, an event with its occurrences, the editor. */
package org.plenum.events.web;
