/** Site configuration, read from environment variables through MicroProfile Config. */
package org.plenum.core.config;
