/** Events of chapters: meetings once or recurring, attendance answers, calendars. */
package org.plenum.events;
