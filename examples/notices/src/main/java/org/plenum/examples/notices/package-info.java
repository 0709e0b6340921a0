/** An example of a module written outside Plenum: a notice board, installed by dropping its jar. */
package org.plenum.examples.notices;
