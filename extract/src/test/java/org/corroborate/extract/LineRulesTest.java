package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The line rules for promotion, disclosure, caption and closing-box lines (examples written for this test). */
class LineRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Stay informed: follow us on Telegram, Instagram and Twitter for live updates | follow/app prompt
            Síguenos en Telegram y Facebook para recibir todas nuestras noticias | follow/app prompt
            ¿Sabías que tenemos canal de WhatsApp? Únete desde tu teléfono en este enlace. | follow/app prompt
            ¡Mira lo que tiene nuestro canal de YouTube! | follow/app prompt
            For breaking news on the go download the Courier apps for iOS and Android. | follow/app prompt
            Never miss a story by signing up to our newsletter today! | sign-up prompt
            Du willst mehr? Melde dich hier für unseren wöchentlichen Newsletter an. | sign-up prompt
            Tell us what you think: submit a letter to the editor via this form. | sign-up prompt
            HAZTE MIEMBRO Y DISFRUTA DE VENTAJAS | membership/donation pitch
            Werden Sie Mitglied im Club und sichern Sie sich Vorteile! | membership/donation pitch
            Every little donation helps the families on the island. | membership/donation pitch
            Support independent reporting for five euros a month. Cancel any time. | membership/donation pitch
            This article is the copyrighted property of The Island Courier. | copyright notice
            Der Text steht unter der Lizenz CC-BY-SA 4.0. | copyright notice
            This post contains references to products from our advertisers. | advertising disclosure
            We may receive compensation when you click on links to partners. | advertising disclosure
            Bei den Links handelt es sich um Affiliate-Links. | advertising disclosure
            *Werbung. Dieser Beitrag wurde von einer Marke unterstützt. | advertising disclosure
            (Bisher keine Bewertungen) Loading... | widget
            Gefällt mir Wird geladen … | widget
            Time is up. Please reload CAPTCHA. | widget
            Abbildung 3: Die Schneedecke im Querschnitt. | photo caption
            Titelbild: Hafen im Morgennebel | photo caption
            Figure 2: Growth of the colony over ten years | photo caption
            Vergrößern Das neue Modell von vorne. | photo caption
            The lighthouse at dusk. © Ivo Marsh / Island Courier | photo caption
            Der Hafen im Winter. Foto © Jane Doe | photo caption
            Hal Brennan, photo: Island Archive | photo caption
            Published: 2 May 2022 | post date line
            Release Date: | post date line
            Verfasst von: inselredaktion, 31. Dezember 2008 | post date line
            This entry was posted on Monday and filed under Harbour, Island life. | post date line
            Der Beitrag wurde am Mittwoch um 15:21 Uhr veröffentlicht und unter Allgemein abgelegt. | post date line
            23.10.2018 | post date line
            3:59 PM | post date line
            Inhaltsverzeichnis | navigation
            Externer Inhalt | navigation
            Quellen ausblenden | navigation
            Mehr zu Klima und Hafen | recommendation heading
            Weitere Wandertipps in Norwegen | recommendation heading
            Mehr Glossen auf Inselblog: | recommendation heading
            """)
    void furnitureLines(String line, String reason) {
        Optional<LineRules.Verdict> verdict = LineRules.classify(line);
        assertThat(verdict).isPresent();
        assertThat(verdict.get().kind()).isEqualTo(LineRules.Kind.FURNITURE);
        assertThat(verdict.get().reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Você pode gostar...", "También te puede gustar", "Vous aimerez aussi", "Related stories"})
    void pageListHeadings(String line) {
        assertThat(LineRules.headsPageList(line)).isTrue();
        assertThat(LineRules.headsPageList("The harbour board met on Friday.")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quelle: Landesamt für Statistik", "Source: harbour board figures"})
    void sourceLinesAreCredits(String line) {
        assertThat(LineRules.classify(line)).get().extracting(LineRules.Verdict::kind)
                .isEqualTo(LineRules.Kind.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Über den Autor", "About the author", "Kontakt:", "Weitere Informationen:",
        "Ansprechpartnerin zum Thema:", "Kommentar verfassen"})
    void closingBoxHeadingsEndTheArticle(String line) {
        assertThat(LineRules.classify(line)).get().extracting(LineRules.Verdict::kind)
                .isEqualTo(LineRules.Kind.TAIL_MARKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister said on Twitter that the ferry would run again on Monday.",
        "Users can download the new app for iOS and Android from Tuesday, the company said.",
        "El canal tiene dos millones de suscriptores en YouTube.",
        "The candidate wrote on Twitter: \"My plan will bring the ferry back. Join us.\"",
        "Hal Brennan has 20,000 followers on Instagram, where he posts photos of storms.",
        "The company said customers who subscribed to the newsletter had their addresses leaked.",
        "Members can cancel the contract within two weeks, the court ruled.",
        "The figure given by the harbour board was 112 steps, not 120.",
        "Weitere Informationen gibt es beim Amt für Denkmalpflege in der Altstadt.",
        "Kontaktpersonen müssen sich nicht mehr isolieren.",
        "The court heard that the loading of the ship took three days.",
        "Published in 1962, the novel sold two million copies in its first year.",
        "Quellen zufolge soll der Hafen im Mai schließen.",
        "Weitere Fähren fahren ab Mai zum Festland.",
        "Mehr Geld für die Pflege",
        "The source said the talks would resume on 12.5.2023 in Geneva."})
    void articleSentencesStay(String line) {
        assertThat(LineRules.classify(line)).isEmpty();
    }
}
