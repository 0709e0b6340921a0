/** Polls of chapters: questions, ballots, counting, opening and closing. */
package org.plenum.polls;
