package org.accredit.objection.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a short list (page numbers from 0). */
@Schema(name = "OffsetPage")
public record OffsetPage<T>(List<T> items, int page, int size, long total) {
}
