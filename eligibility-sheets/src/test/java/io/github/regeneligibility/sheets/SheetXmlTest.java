package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The XML of the results workbook's parts: escaped, in UTF-8, without what XML cannot hold. */
final class SheetXmlTest {

  @Test
  void textIsEscapedAndEncodedInUtf8_andWhatXmlCannotHoldIsLeftOut() throws IOException {
    SheetXml xml =
        new SheetXml(1)
            .markup("<t>")
            .text("a<b>&\"'申请表 \uD83D\uDE00\t\n\r\u0001\uD800x\uFFFE")
            .markup("</t>")
            .number(-42)
            .number(0)
            .number(Long.MIN_VALUE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xml.writeTo(out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "<t>a&lt;b&gt;&amp;&quot;&apos;申请表 \uD83D\uDE00&#x9;&#xa;&#xd;x</t>-420"
                + Long.MIN_VALUE);
    assertThat(xml.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void truncateForgetsWhatCameAfterTheMark() {
    SheetXml xml = new SheetXml(4).markup("<row>");
    int mark = xml.length();
    xml.text("half a row");
    xml.truncate(mark);

    assertThat(new String(xml.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<row>");
  }
}
