/**
 * Reading plan documents (TXT, DOCX, DOC, PDF) into normalised text and extracting what they say: intake's
 * internals. Other modules use {@link vn.ttdn.intake.PlanDocumentReader} and {@link vn.ttdn.intake.PlanExtractor}.
 */
package vn.ttdn.intake.extraction;
