/** Shared content tools: Markdown rendering through an allow-list sanitiser, slugs. */
package org.plenum.core.content;
