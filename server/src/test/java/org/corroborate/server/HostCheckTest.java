package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostCheckTest {

    @Test
    void aLoopbackServerAnswersOnlyLoopbackNames() {
        HostCheck check = HostCheck.forBindAddress("127.0.0.1");
        assertThat(check.allows("127.0.0.1:8080")).isTrue();
        assertThat(check.allows("localhost:8080")).isTrue();
        assertThat(check.allows("LOCALHOST")).isTrue();
        assertThat(check.allows("localhost.")).isTrue();
        assertThat(check.allows("[::1]:8080")).isTrue();
        assertThat(check.allows("127.1.2.3")).isTrue();
        assertThat(check.allows(null)).isTrue();
        assertThat(check.allows("evil.example:8080")).isFalse();
        assertThat(check.allows("localhost.evil.example")).isFalse();
        assertThat(check.allows("127.0.0.1.evil.example")).isFalse();
        assertThat(check.allows("[::1]x")).isFalse();
        assertThat(check.allows("192.168.1.5:8080")).isFalse();
        assertThat(HostCheck.forBindAddress("localhost").allows("evil.example")).isFalse();
        assertThat(HostCheck.forBindAddress("::1").allows("evil.example")).isFalse();
    }

    @Test
    void aServerBoundElsewhereAnswersEveryName() {
        assertThat(HostCheck.forBindAddress("0.0.0.0").allows("news.example.org")).isTrue();
        assertThat(HostCheck.forBindAddress("192.168.1.5").allows("192.168.1.5:8080")).isTrue();
    }
}
