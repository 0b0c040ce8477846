/**
 * Documents organizations send: PDF files checked by their bytes and by parsing them (PDFBox),
 * their text, and word counts as a reader would make them (ICU4J word segmentation). No state.
 */
package org.accredit.document;
