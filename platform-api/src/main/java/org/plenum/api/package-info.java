/**
 * The services a module may use: the current reader and request ({@link
 * org.plenum.api.CurrentReader}), permissions ({@link org.plenum.api.Permissions}), the audit log
 * ({@link org.plenum.api.Audit}), texts in every language ({@link org.plenum.api.Texts}), dates in
 * the reader's zone ({@link org.plenum.api.ReaderDates}), chapters ({@link
 * org.plenum.api.Chapters}), Markdown made safe ({@link org.plenum.api.Markdown}), the site's
 * configuration, modules and routes, and the small value types and refusals they use.
 *
 * <p>Inject the interfaces; the core provides them. Nothing outside {@code org.plenum.api} and
 * {@code org.plenum.spi} is part of the contract, and a module's build has nothing else on its
 * class path. The API's version is {@link org.plenum.api.PlenumApi#VERSION}.
 */
package org.plenum.api;
