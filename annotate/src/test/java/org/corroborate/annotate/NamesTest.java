package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.corroborate.api.EntityType;
import org.junit.jupiter.api.Test;

/** Name rules and TIMEX resolution: no CoreNLP. */
class NamesTest {

    @Test
    void theSurnameKeyUnifiesRomanisations() {
        assertThat(NameMatcher.key("Zelenskyy")).isEqualTo(NameMatcher.key("Zelenskiy")).isEqualTo("zelenski");
        assertThat(NameMatcher.key("Sergey")).isEqualTo("sergei");
        assertThat(NameMatcher.key("Alexei")).isEqualTo("aleksei");
        assertThat(NameMatcher.key("O'Brien-Smith")).isEqualTo("obriensmith");
        assertThat(NameMatcher.key("Dostoyevskij")).isEqualTo("dostoyevski");
        assertThat(NameMatcher.key("Eyy")).isEqualTo("ei");
        assertThat(NameMatcher.key("Путин")).isEmpty();
        Names.PersonName name = Names.person("Volodymyr Zelenskyy");
        assertThat(name.lastKey()).isEqualTo("zelenski");
        assertThat(name.firstKey()).isEqualTo(NameMatcher.key("Volodymyr"));
        assertThat(Names.person("Zelensky").firstKey()).isNull();
        assertThat(NameMatcher.sameSurname(name, Names.person("President Zelensky"))).isTrue();
        assertThat(NameMatcher.sameFullName(name, Names.person("V. Zelenskiy"))).isTrue();
    }

    @Test
    void foldsAndSlugs() {
        assertThat(Names.fold("Nicolás Maduro")).isEqualTo("Nicolas Maduro");
        assertThat(Names.id(EntityType.PERSON, "Viktor Orbán")).isEqualTo("person:viktor-orban");
        assertThat(Names.id(EntityType.ORGANIZATION, "EL PAÍS")).isEqualTo("organization:el-pais");
        assertThat(Names.slug("Łukasz Żurek")).isEqualTo("lukasz-zurek");
        assertThat(Names.slug("Путин")).isEqualTo("путин");
    }

    @Test
    void stripsTitles() {
        assertThat(Names.stripTitles("President Donald Trump")).isEqualTo("Donald Trump");
        assertThat(Names.stripTitles("Mr. Trump")).isEqualTo("Trump");
        assertThat(Names.stripTitles("Prime Minister Viktor Orban")).isEqualTo("Viktor Orban");
        assertThat(Names.stripTitles("Trump’s")).isEqualTo("Trump");
        Names.PersonName jr = Names.person("Donald Trump Jr.");
        assertThat(jr.first()).isEqualTo("Donald");
        assertThat(jr.last()).isEqualTo("Trump");
        assertThat(jr.suffix()).isEqualTo("jr");
        assertThat(Names.person("Trump").full()).isFalse();
    }

    @Test
    void matchesTransliterations() {
        assertThat(NameMatcher.sameSurname("Zelensky", "Zelenskiy")).isTrue();
        assertThat(NameMatcher.sameSurname("Zelenskyy", "Zelenskiy")).isTrue();
        assertThat(NameMatcher.sameSurname("Zelensky", "Zelenska")).isTrue();
        assertThat(NameMatcher.sameSurname("Putin", "Puzin")).isFalse();
        assertThat(NameMatcher.sameSurname("Trump", "Truman")).isFalse();
        assertThat(NameMatcher.sameGivenName("Yury", "Yuri")).isTrue();
        assertThat(NameMatcher.sameGivenName("Sergey", "Sergei")).isTrue();
        assertThat(NameMatcher.sameGivenName("V.", "Vladimir")).isTrue();
        assertThat(NameMatcher.sameGivenName("Melania", "Donald")).isFalse();
        assertThat(Names.isAcronymOf("CSIS", "Center for Strategic and International Studies")).isTrue();
        assertThat(Names.isAcronymOf("NATO", "White House")).isFalse();
    }

    @Test
    void resolvesTimexValues() {
        LocalDate published = LocalDate.parse("2025-10-17");
        assertThat(TimexResolver.resolve("DATE", "2025-10-16", null, Set.of()))
                .isEqualTo(new TimexResolver.Range(LocalDate.parse("2025-10-16"), LocalDate.parse("2025-10-16")));
        assertThat(TimexResolver.resolve("DATE", "2025-W42", null, Set.of()))
                .isEqualTo(new TimexResolver.Range(LocalDate.parse("2025-10-13"), LocalDate.parse("2025-10-19")));
        assertThat(TimexResolver.resolve("DATE", "2025-W42-WE", null, Set.of()))
                .isEqualTo(new TimexResolver.Range(LocalDate.parse("2025-10-18"), LocalDate.parse("2025-10-19")));
        assertThat(TimexResolver.resolve("DATE", "2026-02", null, Set.of()))
                .isEqualTo(new TimexResolver.Range(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
        assertThat(TimexResolver.resolve("TIME", "2025-10-16T20:00", null, Set.of()).from())
                .isEqualTo(LocalDate.parse("2025-10-16"));
        assertThat(TimexResolver.resolve("DATE", "XXXX-WXX-4", published, Set.of())).isNull();
        assertThat(TimexResolver.resolve("DURATION", "P30D", published, Set.of("the", "next")))
                .isEqualTo(new TimexResolver.Range(published, LocalDate.parse("2025-11-16")));
        assertThat(TimexResolver.resolve("DURATION", "P1Y", published, Set.of("over", "the", "last")))
                .isEqualTo(new TimexResolver.Range(LocalDate.parse("2024-10-17"), published));
        assertThat(TimexResolver.resolve("DURATION", "P2W", null, Set.of("within"))).isNull();
        assertThat(TimexResolver.resolve("DURATION", "PT2H", published, Set.of("lasted"))).isNull();
        assertThat(TimexResolver.resolve("SET", "P1W", published, Set.of("every"))).isNull();
    }
}
