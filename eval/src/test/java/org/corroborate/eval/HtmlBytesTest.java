package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlBytesTest {

    @Test
    void byteOrderMarkWins() {
        byte[] body = "<meta charset=\"iso-8859-1\"><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(HtmlBytes.decode(bytes)).isEqualTo("<meta charset=\"iso-8859-1\"><p>Grüße</p>");
    }

    @Test
    void metaCharsetIsHonoured() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body>Grüße – €</body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        assertThat(HtmlBytes.decode(bytes)).isEqualTo(html);
        String short_ = "<meta charset='windows-1251'><p>Привет</p>";
        assertThat(HtmlBytes.decode(short_.getBytes(Charset.forName("windows-1251")))).isEqualTo(short_);
    }

    @Test
    void defaultsToUtf8AndReplacesMalformedBytes() {
        assertThat(HtmlBytes.decode("<p>東京</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo("<p>東京</p>");
        assertThat(HtmlBytes.decode(new byte[] {'a', (byte) 0xFF, 'b'})).isEqualTo("a\uFFFDb");
        assertThat(HtmlBytes.decode("<meta charset=\"no-such-charset\">x".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("<meta charset=\"no-such-charset\">x");
        assertThat(HtmlBytes.declaredCharset("<meta charset=\"utf-16\">".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }
}
