package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.time.LocalDate;

/** Writes the list of a set's editions, each with its status as of today. */
final class EditionsWriter {
  private EditionsWriter() {}

  static void editions(PolicyEditions editions, JsonGenerator out) throws IOException {
    LocalDate today = editions.today();
    out.writeStartObject();
    out.writeArrayFieldStart("editions");
    for (PolicyEdition edition : editions.getEditions()) {
      out.writeStartObject();
      out.writeStringField("id", edition.getId());
      out.writeStringField("version", edition.getVersion());
      out.writeStringField("effectiveFrom", edition.getEffectiveFrom().toString());
      out.writeStringField("status", editions.statusOn(edition, today).name());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
